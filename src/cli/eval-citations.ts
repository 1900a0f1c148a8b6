/** `npm run eval:citations -- [--details] FILE…`: wires `runEvalCitations` to this process. */
import { runCommand } from './command';
import { runEvalCitations } from './run-eval-citations';

runCommand('eval:citations', runEvalCitations);
