/**
 * The gclab command. One top-level catch maps errors to exit codes:
 *   0  the scenario ran and exited normally
 *   1  the scenario raised an uncaught exception (as python3 does), or a
 *      `gclab check` found differences
 *   2  usage error, unreadable file (python3 also exits 2 for those)
 *   3  a gclab limit (--max-steps, --max-objects) ended the scenario
 * Each command only composes the public API.
 */
import { runCommand } from './run-command';
import { checkCommand } from './check-command';
import { UsageError, MAIN_HELP } from './usage';

export async function main(argv: string[]): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    switch (cmd) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(MAIN_HELP);
        return cmd === undefined ? 2 : 0;
      case '--version':
        process.stdout.write('gclab 0.1.0 (simulating CPython 3.11)\n');
        return 0;
      case 'run':
        return runCommand(rest);
      case 'check':
        return checkCommand(rest);
      default:
        throw new UsageError(`unknown command '${cmd}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`gclab: ${e.message}\nTry 'gclab --help'.\n`);
      return 2;
    }
    process.stderr.write(`gclab: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 70;
  }
}
