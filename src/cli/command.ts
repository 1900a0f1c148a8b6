/**
 * Wires a command (`scan`, `eval`) to this process: relative paths mean what the user typed, a
 * closed pipe (`… | head`) ends quietly, and the resolved status becomes the exit code.
 */
export interface CommandIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd?: string;
}

export function runCommand(name: string, run: (argv: readonly string[], io: CommandIO) => Promise<number>): void {
  // `npm run` starts scripts in the package root; npm records the directory it was called from in
  // INIT_CWD, so relative paths mean what the user typed. Only trusted when npm itself started us as
  // this script: INIT_CWD is inherited by every child process and is stale anywhere else.
  const cwd = process.env.npm_lifecycle_event === name && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

  // `… | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd,
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (err: unknown) => {
      process.stderr.write(
        `${name}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
