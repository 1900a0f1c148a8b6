/**
 * `npm run --silent scan -- [--json] PATH...` (contracts.md §4): wires `runScan` to this process.
 * Everything testable lives in ./run-scan.
 */
import { runCommand } from './command';
import { runScan } from './run-scan';

runCommand('scan', runScan);
