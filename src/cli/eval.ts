/** `npm run eval -- [--details] [DIR…]`: wires `runEval` to this process (see ./run-eval). */
import { runEval } from './run-eval';

const cwd = process.env.npm_lifecycle_event === 'eval' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

runEval(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    process.stderr.write(`eval: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
