/** `npm run eval -- [--details] [DIR…]`: wires `runEval` to this process (see ./run-eval). */
import { runCommand } from './command';
import { runEval } from './run-eval';

runCommand('eval', runEval);
