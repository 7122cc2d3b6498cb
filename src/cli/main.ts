/**
 * The gclab command. Each subcommand is one entry of COMMANDS (add a
 * subcommand by adding an entry); one top-level catch maps errors to exit
 * statuses:
 *   0    the scenario ran and exited normally
 *   1    the scenario raised an uncaught exception (as python3 does), or a
 *        `gclab check` found differences
 *   2    usage error, unreadable file (python3 also exits 2 for those)
 *   3    a gclab limit (--max-steps, --max-objects) ended the scenario
 *   130  KeyboardInterrupt (Ctrl-C), as python3
 *   70   internal error: a bug in gclab
 */
import { internalError } from './outcome';
import { writeErr, writeOut } from './terminal';
import { CliError, EXIT_STATUS_HELP, UsageError } from './usage';
import { version } from './version';

export interface Command {
  name: string;
  /** `gclab NAME ...`: the usage line's arguments. */
  synopsis: string;
  summary: string;
  run(argv: string[]): Promise<number> | number;
}

// Each command's module is loaded when the command runs, not at start-up:
// `gclab run` on the main thread needs only option parsing and the scenario
// thread (the interpreter loads on that thread), while `check` and
// `unittest` pull in the whole runtime. This keeps start-up short.
const replCommand = (argv: string[]): Promise<number> => (require('./repl-command') as typeof import('./repl-command')).replCommand(argv);

export const COMMANDS: Command[] = [
  {
    name: 'run',
    synopsis: '[options] FILE.py [ARG...]',
    summary: 'run a scenario and print what python3 would print',
    run: (argv) => (require('./run-command') as typeof import('./run-command')).runCommand(argv),
  },
  {
    name: 'check',
    synopsis: '[options] FILE.py...',
    summary: 'run scenarios in gclab and in python3, show differences',
    run: (argv) => (require('./check-command') as typeof import('./check-command')).checkCommand(argv),
  },
  {
    name: 'explore',
    synopsis: '[options] FILE.py',
    summary: 'run a scenario under many collection schedules, shrink a failing one',
    run: (argv) => (require('./explore-command') as typeof import('./explore-command')).exploreCommand(argv),
  },
  {
    name: 'fuzz',
    synopsis: '[--seed N] [--count N] [--mode strict|sorted] [--save DIR]',
    summary: 'random programs in gclab and python3 side by side, shrink differences',
    run: (argv) => (require('./fuzz-command') as typeof import('./fuzz-command')).fuzzCommand(argv),
  },
  {
    name: 'unittest',
    synopsis: '[-v] [-q] [-f] [-k PATTERN] [--json] FILE.py...',
    summary: 'run a unittest file as python3 -m unittest does',
    run: (argv) => (require('./unittest-command') as typeof import('./unittest-command')).unittestCommand(argv),
  },
  {
    name: 'trace',
    synopsis: 'validate FILE.jsonl',
    summary: 'check a trace file against the trace format (docs/trace-format.md)',
    run: (argv) => (require('./trace-command') as typeof import('./trace-command')).traceCommand(argv),
  },
  {
    name: 'viz',
    synopsis: '[options] FILE.py [-o OUT.html]',
    summary: 'write a self-contained HTML page that steps through the run',
    run: (argv) => (require('./viz-command') as typeof import('./viz-command')).vizCommand(argv),
  },
  {
    name: 'serve',
    synopsis: '[--port N]',
    summary: 'serve the browser playground on http://127.0.0.1:N/',
    run: (argv) => (require('./serve-command') as typeof import('./serve-command')).serveCommand(argv),
  },
  {
    name: 'why',
    synopsis: 'FILE.py --line N EXPR',
    summary: 'why is an object alive at line N (a chain of references from a root), and what killed it',
    run: (argv) => (require('./why-command') as typeof import('./why-command')).whyCommand(argv),
  },
];

export { version } from './version';

export function mainHelp(): string {
  const rows: Array<[string, string]> = [
    ...COMMANDS.map((c): [string, string] => [`gclab ${c.name} ${c.synopsis}`, c.summary]),
    ['gclab', 'on a terminal: an interactive session (a Python REPL)'],
    ['gclab -i [options]', 'an interactive session, also on piped input'],
    ['gclab --help | --version', ''],
  ];
  const width = Math.max(...rows.map(([usage]) => usage.length));
  const lines = rows.map(([usage, summary]) => `  ${summary ? usage.padEnd(width) + '  ' + summary : usage}`);
  return `gclab: a deterministic simulation of CPython 3.11's garbage collection and weakrefs

Usage:
${lines.join('\n')}

Run 'gclab COMMAND --help' for the options of a command ('gclab -i --help' for
the interactive session); docs/cli.md has them all.

${EXIT_STATUS_HELP}`;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined) {
      // As python3: a terminal gets an interactive session; otherwise show how to use gclab.
      if (process.stdin.isTTY) return await replCommand([]);
      writeErr(mainHelp());
      return 2;
    }
    if (cmd === '-h' || cmd === '--help' || cmd === 'help') {
      writeOut(mainHelp());
      return 0;
    }
    if (cmd === '--version' || cmd === '-V') {
      writeOut(`gclab ${version()} (simulating CPython 3.11)\n`);
      return 0;
    }
    if (cmd === '-i') return await replCommand(rest);
    const command = COMMANDS.find((c) => c.name === cmd);
    if (command === undefined) {
      throw new UsageError(cmd.startsWith('-') ? `unknown option '${cmd}'` : `unknown command '${cmd}'`);
    }
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      const help = e.command !== undefined ? `gclab ${e.command} --help` : 'gclab --help';
      writeErr(`gclab${e.command !== undefined ? ` ${e.command}` : ''}: ${e.message}\nTry '${help}'.\n`);
      return 2;
    }
    if (e instanceof CliError) {
      writeErr(`gclab: ${e.message}\n`);
      return e.exitCode;
    }
    return internalError((e as Error)?.stack ?? String(e));
  }
}
