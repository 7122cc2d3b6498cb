/**
 * `gclab why FILE.py --line N EXPR`: why is the object EXPR evaluates to
 * (at line N) still alive -- a shortest chain of references from a root --
 * and what later killed it (lang/why.ts does the work; this file reads the
 * options and words the answer).
 */
import * as path from 'path';
import { why, type WhyAnswer } from '../lang';
import { Explainer } from './explain';
import { parseOptions, type OptionSpec } from './options';
import { readScenario } from './run-command';
import { writeOut } from './terminal';
import { CliError, UsageError } from './usage';
import { moduleFileReader } from '../testing/module-files';

const WHY_OPTIONS: readonly OptionSpec[] = [
  { name: '--line', kind: 'string' },
  { name: '--max-steps', kind: 'count' },
  { name: '--help', short: '-h', kind: 'flag' },
];

export const WHY_HELP = `Usage: gclab why FILE.py --line N EXPR

Runs FILE.py; the first time the statement at line N is about to run,
evaluates the Python expression EXPR there (with the names that statement
sees) and says why the object it gives is alive: a shortest chain of
references from a root (a name of a running frame, or a module's global).
Then the run goes on, and the event that killed the object is shown (which
statement dropped its last reference, or which collection found it to be
cyclic garbage). The scenario's own output is not shown.

Options:
  --line N         the line of the statement to stop before (required)
  --max-steps N    stop the scenario after N evaluation steps
  -h, --help       this help

Exit status: 0 with an answer; 1 when EXPR raised, line N never ran, or
the scenario could not be run; 2 for a usage error.
`;

export function whyCommand(argv: string[]): number {
  const { values, operands } = parseOptions(argv, WHY_OPTIONS, 'why');
  if (values.has('help')) {
    writeOut(WHY_HELP);
    return 0;
  }
  if (operands.length === 0) throw new UsageError('why needs a scenario file and an expression (gclab why FILE.py --line N EXPR)', 'why');
  if (operands.length !== 2) throw new UsageError('why needs exactly one expression after the file (quote it)', 'why');
  const lineText = values.get('line') as string | undefined;
  if (lineText === undefined) throw new UsageError('why needs --line N', 'why');
  const line = /^[0-9]+$/.test(lineText) ? Number(lineText) : NaN;
  if (!Number.isSafeInteger(line) || line <= 0) throw new UsageError(`option --line needs a positive whole number, not '${lineText}'`, 'why');
  const [file, expr] = operands;
  const source = new TextDecoder().decode(readScenario(file));
  const filename = file === '-' ? '<stdin>' : path.resolve(file);
  const answer = why(source, filename, {
    line,
    expr,
    readModuleFile: moduleFileReader(filename),
    maxSteps: values.get('max-steps') as number | undefined,
  });
  const { text, status } = describeAnswer(answer, expr, line, source.split('\n'));
  writeOut(text);
  if (status === 2) throw new CliError(`line ${line} of ${file} has no statement`, 2);
  return status;
}

/** The answer in words, and the exit status. */
export function describeAnswer(a: WhyAnswer, expr: string, line: number, sourceLines: string[]): { text: string; status: number } {
  const at = `at line ${line}${sourceLines[line - 1]?.trim() ? ` (\`${sourceLines[line - 1].trim()}\`)` : ''}`;
  switch (a.kind) {
    case 'bad-expr':
      return { text: `gclab why: ${JSON.stringify(expr)} is not a Python expression: ${a.message}\n`, status: 1 };
    case 'no-statement':
      return { text: '', status: 2 };
    case 'not-reached':
      return { text: `line ${line} never ran, so ${expr} was never evaluated\n`, status: 1 };
    case 'raised':
      return { text: `${at}, ${expr} raised ${a.error}\n`, status: 1 };
    case 'immediate':
      return { text: `${at}, ${expr} is ${a.repr}: a value, not an object on the heap, so nothing keeps it alive\n`, status: 0 };
    case 'object': {
      let out = `${at}, ${expr} is ${a.label} (${a.type} #${a.id}), reference count ${a.refcount}\n`;
      if (a.path === null) out += 'No root reaches it: only references gclab cannot name hold it (or it is garbage the collector has not yet found).\n';
      else {
        out += `Why it is alive: a chain of ${a.path.length} reference${a.path.length === 1 ? '' : 's'} from a root:\n`;
        a.path.forEach((s, i) => (out += `  ${i === 0 ? s.via : `${a.path![i - 1].label}${s.via}`} -> ${s.label} (#${s.id})\n`));
      }
      out += deathSentence(a, sourceLines);
      return { text: out, status: 0 };
    }
  }
}

function deathSentence(a: Extract<WhyAnswer, { kind: 'object' }>, sourceLines: string[]): string {
  if (a.death === null) return 'It is still alive when the run ends.\n';
  const ex = new Explainer({ all: true, sourceLines });
  let said: string | null = null;
  for (const l of a.trace.split('\n')) {
    if (l === '' || l.startsWith('{"format"')) continue;
    const e = JSON.parse(l);
    const s = ex.explain(e);
    if (e.seq === a.death.seq) said = s;
  }
  return `What killed it: ${said ?? `a ${a.death.cause} death`}\n`;
}
