/**
 * `gclab` on a terminal (or `gclab -i`): an interactive session, as
 * python3's REPL. The main thread reads lines (with line editing on a
 * terminal) and hands each input to the scenario thread, where one
 * InteractiveSession runs them all on one heap. Prompts are `>>> ` and
 * `... `; Ctrl-C discards the input being typed or interrupts the running
 * statement (KeyboardInterrupt); Ctrl-D ends the session.
 */
import * as readline from 'readline';
import { parseOptions, type OptionSpec } from './options';
import { reportOutcome } from './outcome';
import type { ReplRequest } from './repl-worker';
import { startScenarioThread } from './scenario-thread';
import { writeErr, writeOut } from './terminal';
import { EXIT_STATUS_HELP, UsageError } from './usage';
import type { JobOutcome } from './scenario-job';

export const REPL_OPTIONS: readonly OptionSpec[] = [
  { name: '--max-steps', kind: 'count' },
  { name: '--max-objects', kind: 'count' },
  { name: '--help', short: '-h', kind: 'flag' },
];

export const REPL_HELP = `Usage: gclab                  (on a terminal)
       gclab -i [options]      (also when standard input is not a terminal)

An interactive session on one simulated heap, as python3's REPL: type a
statement (a compound statement ends with an empty line); the value of an
expression is printed with repr() and kept in _; gc and weakref can be
imported. Ctrl-C interrupts, Ctrl-D (end of input) ends the session.
Without a terminal, prompts and the banner go to standard error.

Options:
  --max-steps N, --max-objects N    as for gclab run (for the whole session)
  -h, --help                        this help

${EXIT_STATUS_HELP}`;

export async function replCommand(argv: string[]): Promise<number> {
  const { values, operands } = parseOptions(argv, REPL_OPTIONS, '-i');
  if (values.has('help')) {
    writeOut(REPL_HELP);
    return 0;
  }
  if (operands.length > 0) throw new UsageError(`-i takes no file (use gclab run FILE.py)`, '-i');
  const tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
  // python3 writes prompts to stdout on a terminal, to stderr otherwise.
  const promptTo = tty ? writeOut : writeErr;
  let busy = false;
  let lines: string[] = [];
  const rl = readline.createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty });
  const prompt = () => {
    const p = lines.length === 0 ? '>>> ' : '... ';
    if (tty) {
      rl.setPrompt(p);
      rl.prompt();
    } else promptTo(p);
  };
  // Ctrl-C while typing: python3 prints KeyboardInterrupt and starts a new statement.
  const idleInterrupt = () => {
    lines = [];
    promptTo('\nKeyboardInterrupt\n');
    prompt();
  };
  let replies: ((m: { kind: string }) => void) | null = null;
  const thread = startScenarioThread(
    { kind: 'repl', maxSteps: values.get('max-steps') as number | undefined, maxObjects: values.get('max-objects') as number | undefined },
    {
      onSigint: () => (busy ? thread.interrupt() : idleInterrupt()),
      onMessage: (m) => replies?.(m),
    },
  );
  rl.on('SIGINT', () => (busy ? thread.interrupt() : idleInterrupt()));
  let outcome: JobOutcome | { kind: 'worker-error'; message: string; code: string | undefined } | null = null;
  void thread.outcome.then((o) => {
    outcome = o;
    replies?.({ kind: 'done' });
    rl.close();
  });
  const send = (request: ReplRequest) =>
    new Promise<{ kind: string }>((resolve) => {
      replies = resolve;
      busy = true;
      thread.worker.postMessage(request);
    }).finally(() => {
      busy = false;
      replies = null;
    });
  promptTo(`gclab (simulating CPython 3.11.7): a Python session on the simulated heap\nType Ctrl-D to leave.\n`);
  prompt();
  for await (const line of rl) {
    if (outcome !== null) break;
    lines.push(line);
    const reply = await send({ kind: 'input', source: lines.join('\n') });
    if (reply.kind !== 'more') lines = [];
    if (outcome !== null) break;
    prompt();
  }
  if (outcome === null) {
    if (tty) writeOut('\n');
    await send({ kind: 'eof' });
  }
  return reportOutcome(outcome ?? (await thread.outcome));
}
