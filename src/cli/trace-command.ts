/**
 * `gclab trace validate FILE`: check a trace file against format v1
 * (docs/trace-format.md): the header first, then events numbered from 1,
 * each of a known kind with the fields its kind requires.
 */
import * as fs from 'fs';
import { validateTrace } from '../heap/trace-format';
import { describeErrno } from './fd-writer';
import { parseOptions, type OptionSpec } from './options';
import { writeOut } from './terminal';
import { CliError, UsageError } from './usage';

const TRACE_OPTIONS: readonly OptionSpec[] = [{ name: '--help', short: '-h', kind: 'flag' }];

export const TRACE_HELP = `Usage: gclab trace validate FILE.jsonl

Checks that FILE.jsonl is a valid gclab trace (format v1, docs/trace-format.md):
a header line, then events numbered 1, 2, 3, ..., each of a known kind with
the fields of its kind. Prints 'FILE: valid trace, N events' (exit status 0),
or each problem with its line number (exit status 1, at most 20 shown).

Options:
  -h, --help    this help
`;

export function traceCommand(argv: string[]): number {
  const { values, operands } = parseOptions(argv, TRACE_OPTIONS, 'trace');
  if (values.has('help')) {
    writeOut(TRACE_HELP);
    return 0;
  }
  const [action, ...files] = operands;
  if (action === undefined) throw new UsageError('trace needs an action: gclab trace validate FILE.jsonl', 'trace');
  if (action !== 'validate') throw new UsageError(`unknown action '${action}' (the action is validate)`, 'trace');
  if (files.length !== 1) throw new UsageError('trace validate needs exactly one file', 'trace');
  const file = files[0];
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read the trace file '${file}': ${describeErrno(e as NodeJS.ErrnoException)}`, 2);
  }
  const problems = validateTrace(text);
  if (problems.length === 0) {
    const events = text.split('\n').filter((l) => l !== '').length - 1;
    writeOut(`${file}: valid trace, ${events} event${events === 1 ? '' : 's'}\n`);
    return 0;
  }
  writeOut(problems.map((p) => `${file}:${p.line}: ${p.message}\n`).join(''));
  return 1;
}
