/**
 * CPython's own weakref/gc test files, run under gclab and under python3,
 * compared test by test (`npm run cpython-tests`).
 *
 * Each run gives JSON rows (`{"id", "outcome", "reason"}`, one per test:
 * src/lang/stdlib/unittest/_json_runner.py prints them in both interpreters). The
 * comparison counts, per file, what gclab passed, failed, errored and
 * skipped; a test counts as passed only when gclab passed it AND CPython
 * passed it too; a test CPython ran that gclab never reported (the file did
 * not load, the run stopped) counts as failed; skips are listed with their
 * reasons and never counted as passed.
 */

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestRow {
  id: string;
  outcome: Outcome;
  reason: string;
}

const OUTCOMES: ReadonlySet<string> = new Set(['passed', 'failed', 'error', 'skipped']);

/**
 * The rows in a runner's standard output: every line that is a JSON object
 * with a string `id` and a known `outcome`. Other lines (what the tests
 * themselves printed) are ignored.
 */
export function parseRows(stdout: string): TestRow[] {
  const rows: TestRow[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    const o = v as Record<string, unknown>;
    if (typeof o.id !== 'string' || typeof o.outcome !== 'string' || !OUTCOMES.has(o.outcome)) continue;
    rows.push({ id: o.id, outcome: o.outcome as Outcome, reason: typeof o.reason === 'string' ? o.reason : '' });
  }
  return rows;
}

/** One test's verdict in the comparison. */
export interface ComparedTest {
  id: string;
  gclab: Outcome | 'missing';
  cpython: Outcome | 'missing';
  /** passed: gclab and CPython passed; failed: gclab failed/errored/never ran it, or passed what CPython did not. */
  verdict: 'passed' | 'failed' | 'skipped';
  reason: string;
}

export interface FileComparison {
  file: string;
  tests: ComparedTest[];
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  /** Tests CPython ran that gclab did not report. */
  missing: number;
  /** Tests gclab passed and CPython did not (never counted as passed). */
  passedOnlyInGclab: number;
  /** skip reason -> number of tests */
  skipReasons: Map<string, number>;
  /** A note when gclab's run itself failed (did not load, crashed, timed out). */
  runNote: string;
}

/** Compares gclab's rows with CPython's for one file. */
export function compareFile(file: string, gclab: TestRow[], cpython: TestRow[], runNote = ''): FileComparison {
  const cp = new Map(cpython.map((r) => [r.id, r]));
  const gc = new Map(gclab.map((r) => [r.id, r]));
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const r of [...cpython, ...gclab]) {
    if (!seen.has(r.id)) {
      seen.add(r.id);
      ids.push(r.id);
    }
  }
  const out: FileComparison = {
    file,
    tests: [],
    passed: 0,
    failed: 0,
    errors: 0,
    skipped: 0,
    missing: 0,
    passedOnlyInGclab: 0,
    skipReasons: new Map(),
    runNote,
  };
  for (const id of ids) {
    const g = gc.get(id);
    const c = cp.get(id);
    const t: ComparedTest = {
      id,
      gclab: g?.outcome ?? 'missing',
      cpython: c?.outcome ?? 'missing',
      verdict: 'failed',
      reason: g?.reason ?? 'not run by gclab',
    };
    if (g === undefined) {
      out.missing++;
    } else if (g.outcome === 'skipped') {
      t.verdict = 'skipped';
      out.skipped++;
      out.skipReasons.set(g.reason, (out.skipReasons.get(g.reason) ?? 0) + 1);
    } else if (g.outcome === 'passed') {
      if (c === undefined || c.outcome === 'passed') {
        t.verdict = 'passed';
        out.passed++;
      } else {
        out.passedOnlyInGclab++;
        t.reason = `passed under gclab but ${c.outcome} under CPython`;
      }
    } else if (g.outcome === 'failed') out.failed++;
    else out.errors++;
    out.tests.push(t);
  }
  return out;
}

/** Failed in the summary line: failures, errors, tests gclab never ran, and passes CPython does not confirm. */
export function failedCount(c: FileComparison): number {
  return c.failed + c.errors + c.missing + c.passedOnlyInGclab;
}

/** The table of one file, as printed by `npm run cpython-tests` (Markdown). */
export function formatFile(c: FileComparison, verbose: boolean): string {
  const lines = [
    `## ${c.file}`,
    '',
    '| passed | failed | errors | not run | skipped |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${c.passed} | ${c.failed + c.passedOnlyInGclab} | ${c.errors} | ${c.missing} | ${c.skipped} |`,
    '',
  ];
  if (c.runNote) lines.push(`gclab's run: ${c.runNote}`, '');
  if (c.skipReasons.size > 0) {
    lines.push('Skipped, by reason:');
    for (const [reason, n] of [...c.skipReasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`- ${n} x ${reason}`);
    }
    lines.push('');
  }
  const bad = c.tests.filter((t) => t.verdict === 'failed');
  if (bad.length > 0) {
    lines.push('Failed:');
    const shown = verbose ? bad : bad.slice(0, 40);
    for (const t of shown) lines.push(`- ${t.id} [${t.gclab}]: ${t.reason}`);
    if (shown.length < bad.length) lines.push(`- ... and ${bad.length - shown.length} more (--verbose lists all)`);
    lines.push('');
  }
  return lines.join('\n');
}

/** `N passed, M failed` over all files. */
export function summaryLine(all: FileComparison[]): string {
  let passed = 0;
  let failed = 0;
  for (const c of all) {
    passed += c.passed;
    failed += failedCount(c);
  }
  return `${passed} passed, ${failed} failed`;
}
