/**
 * `npm run --silent scan -- [--json] PATH...` (contracts.md §4): wires `runScan` to this process.
 * Everything testable lives in ./run-scan.
 */
import { runScan } from './run-scan';

// `npm run` starts scripts in the package root; npm records the directory it was called from in
// INIT_CWD, so relative paths mean what the user typed. Only trusted when npm itself started us as
// the `scan` script: INIT_CWD is inherited by every child process and is stale anywhere else.
const cwd = process.env.npm_lifecycle_event === 'scan' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

// `scan … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runScan(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    process.stderr.write(`scan: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
