/**
 * Where the heap layer writes when its user gave it nowhere to write
 * (BasicHost's unraisable reports, the collector's DEBUG_STATS output):
 * the host's standard error under Node, the console in a browser. The
 * interpreter always passes its own writer (the scenario's sys.stderr), so
 * a scenario never reaches this.
 */
type StderrLike = { write(text: string): unknown };

export function writeHostStderr(text: string): void {
  const proc = (globalThis as { process?: { stderr?: StderrLike } }).process;
  if (proc?.stderr !== undefined) proc.stderr.write(text);
  else console.error(text.replace(/\n$/, ''));
}
