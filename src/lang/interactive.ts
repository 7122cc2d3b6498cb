/**
 * InteractiveSession: Python's interactive loop (PyRun_InteractiveLoopFlags
 * and codeop's "is this input complete?") on one heap. Each complete input
 * runs on the same __main__, in 'single' mode: the value of an expression
 * statement is printed with repr() and kept in `_`; an exception prints its
 * traceback and the session goes on.
 */
import { Interpreter, ScenarioLimitError } from './interp/interpreter';
import { ScenarioSyntaxError } from './syntax/syntax-error';
import { parseScenario } from './syntax';
import { formatSyntaxError } from './scenario';
import type { ModuleFileReader } from './interp/import-system';

/** Options of `new InteractiveSession(options)`. */
export interface InteractiveOptions {
  /** Receives what the session writes to standard output. */
  out: (text: string) => void;
  /** Receives what the session writes to standard error. */
  err: (text: string) => void;
  /** Evaluation steps for the whole session (default 50,000,000). */
  maxSteps?: number;
  /** Live objects the session may make (default 5,000,000). */
  maxObjects?: number;
  /** As ScenarioOptions.onCheckpoint: true raises KeyboardInterrupt. */
  onCheckpoint?: () => boolean;
  /** As ScenarioOptions.readModuleFile: how `import helpers` finds helpers.py. */
  readModuleFile?: ModuleFileReader;
}

/** What push() did with an input. */
export type PushResult =
  /** The input is incomplete: read another line (prompt `... `). */
  | { kind: 'more' }
  /** The input ran (or its error was printed): read a new statement (prompt `>>> `). */
  | { kind: 'ran' }
  /** SystemExit, or a gclab limit: the session is over with this exit status. */
  | { kind: 'exit'; status: number };

/** Errors of the parser that mean "the input goes on" (codeop's incomplete input). */
const INCOMPLETE = /was never closed|unterminated triple-quoted string|expected an indented block/;
/** The first line of a compound statement: the REPL waits for a blank line after it. */
const COMPOUND = /^(if|elif|else|for|while|def|class|with|try|except|finally|async|match|case)\b|^@|:\s*(#.*)?$/;

/**
 * A Python interactive session (the REPL's loop) on one heap: push() the lines typed for a
 * statement; it runs once complete.
 */
export class InteractiveSession {
  private readonly interp: Interpreter;
  private closed = false;

  constructor(private readonly options: InteractiveOptions) {
    this.interp = new Interpreter({
      filename: '<stdin>',
      source: '',
      out: options.out,
      err: options.err,
      maxSteps: options.maxSteps ?? 50_000_000,
      maxObjects: options.maxObjects ?? 5_000_000,
      trace: false,
      argv: [''],
      onCheckpoint: options.onCheckpoint,
      readModuleFile: options.readModuleFile,
    });
    this.interp.startInteractive();
  }

  /**
   * Offer the lines typed so far for one statement (joined with '\n', no
   * final newline). Runs the statement when it is complete.
   */
  push(source: string): PushResult {
    if (this.closed) throw new Error('InteractiveSession.push after close');
    const lines = source.split('\n');
    const first = lines.find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
    if (first === '') return { kind: 'ran' };
    const endsBlank = lines.length > 1 && lines[lines.length - 1].trim() === '';
    if (!endsBlank && (source.endsWith('\\') || COMPOUND.test(first.trim()))) return { kind: 'more' };
    try {
      parseScenario(source + '\n', '<stdin>');
    } catch (e) {
      if (!(e instanceof ScenarioSyntaxError)) throw e;
      const unclosed = !/expected an indented block/.test(e.message);
      if (INCOMPLETE.test(e.message) && (unclosed || !endsBlank)) return { kind: 'more' };
      this.options.err(formatSyntaxError(e));
      return { kind: 'ran' };
    }
    try {
      const status = this.interp.runInteractive(source + '\n');
      if (status !== null) {
        this.close();
        return { kind: 'exit', status };
      }
      return { kind: 'ran' };
    } catch (e) {
      if (!(e instanceof ScenarioLimitError)) throw e;
      this.options.err(`gclab: ${e.message}\n`);
      this.closed = true;
      return { kind: 'exit', status: 3 };
    }
  }

  /** End of input (Ctrl-D): finalize as at the end of a script. Returns the exit status. */
  close(): number {
    if (this.closed) return 0;
    this.closed = true;
    return this.interp.endInteractive();
  }
}
