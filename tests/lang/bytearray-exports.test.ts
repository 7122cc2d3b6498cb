/**
 * A bytearray's exports (ob_exports): while a memoryview of it (or a view
 * made from that view: a slice, a cast) is unreleased, every operation that
 * would change its length raises BufferError "Existing exports of data:
 * object cannot be re-sized" and leaves the contents as they were
 * (_canresize in PyByteArray_Resize); operations that keep the length work.
 * Once the views are released or dead the same operations succeed. The
 * model below is the rule itself: an operation fails iff the length would
 * change, or it deletes an extended slice (even an empty one). Checked against python3 3.11.7 by qa17_bytearray_view_exports.
 */
import fc from 'fast-check';
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';

const RUNS = Number(process.env.GCLAB_FC_RUNS ?? 100);

/**
 * An operation on `b`: the length it leaves (from the length n before;
 * null for IndexError) and whether it asks _canresize even when the length
 * stays (an extended slice given no bytes takes bytearray_ass_subscript's
 * delete branch, which checks first).
 */
const OPS: Array<[string, (n: number) => [number | null, boolean]]> = [
  ['b.append(65)', (n) => [n + 1, false]],
  ['b.extend(b"xy")', (n) => [n + 2, false]],
  ['b.extend(b"")', (n) => [n, false]],
  ['b.insert(0, 66)', (n) => [n + 1, false]],
  ['b.pop()', (n) => [n === 0 ? null : n - 1, false]],
  ['b.clear()', () => [0, false]],
  ['b.reverse()', (n) => [n, false]],
  ['b += b"z"', (n) => [n + 1, false]],
  ['b *= 1', (n) => [n, false]],
  ['b[0:1] = b"qq"', (n) => [n + (n === 0 ? 2 : 1), false]],
  ['b[0:1] = b"q"', (n) => [n === 0 ? 1 : n, false]],
  ['del b[:1]', (n) => [Math.max(0, n - 1), false]],
  ['b[::-1] = bytes(len(b))', (n) => [n, n === 0]],
  ['del b[::2]', (n) => [Math.floor(n / 2), true]],
  ['b[1::2] = b""', (n) => [Math.ceil(n / 2), true]],
];

function script(initial: number, ops: number[], release: boolean): string {
  const lines = [`b = bytearray(b"a" * ${initial})`, 'v = memoryview(b)[1:].cast("c")', 'out = []'];
  if (initial === 0) lines[1] = 'v = memoryview(b)';
  if (release) lines.push('v.release()');
  for (const i of ops) {
    lines.push('try:', `    ${OPS[i][0]}`, '    out.append(len(b))', 'except BufferError as e:', '    out.append(str(e))', 'except IndexError:', "    out.append('IndexError')");
  }
  lines.push('print(out)');
  return lines.join('\n') + '\n';
}

describe('bytearray exports', () => {
  test('a length change fails while a view lives, and works after release()', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(fc.integer({ min: 0, max: OPS.length - 1 }), { maxLength: 6 }), fc.boolean(), (initial, ops, release) => {
        const r = runScenario(script(initial, ops, release), 'scenario.py', { gcDebugChecks: true });
        let n = initial;
        const expected: string[] = [];
        for (const i of ops) {
          const [m, checks] = OPS[i][1](n);
          if (m === null) expected.push("'IndexError'");
          else if ((m !== n || checks) && !release) expected.push("'Existing exports of data: object cannot be re-sized'");
          else {
            n = m;
            expected.push(String(n));
          }
        }
        expect(r.stdout).toBe(`[${expected.join(', ')}]\n`);
        expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
      }),
      { numRuns: RUNS },
    );
  });

  test('the export ends with the last view: dropping every view lets the bytearray resize', () => {
    const r = runScenario(
      'b = bytearray(b"abc")\nv = memoryview(b)\nw = v[1:]\ndel v\ntry:\n    b.append(1)\nexcept BufferError as e:\n    print("still exported:", e)\ndel w\nb.append(100)\nprint(b)\n',
      'scenario.py',
      { gcDebugChecks: true },
    );
    expect(r.stdout).toBe("still exported: Existing exports of data: object cannot be re-sized\nbytearray(b'abcd')\n");
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });
});
