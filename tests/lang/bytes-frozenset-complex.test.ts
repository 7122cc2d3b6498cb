/**
 * bytes, bytearray, frozenset and complex at the object level: the hashes
 * CPython computes (frozenset_hash, complex_hash, bytes = str of the same
 * latin-1 chars), the utf-8 codec against Node's own decoder on random
 * bytes (the text where both agree, and that an error is raised exactly
 * where Node inserts U+FFFD), and a consistent heap after every bad input.
 * Expected values were printed by python3 3.11.7.
 */
import fc from 'fast-check';
import { runScenario } from '../../src/lang';
import { Heap, verifyHeap } from '../../src/heap';
import { ComplexObject } from '../../src/heap/objects/complex-object';
import { BytesObject } from '../../src/heap/objects/bytes-object';

function run(src: string) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true });
}

const RUNS = Number(process.env.GCLAB_FC_RUNS ?? 100);

describe('hashes equal to CPython 3.11', () => {
  test('frozenset_hash, including nested frozensets and the empty frozenset', () => {
    const r = run(
      'print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({frozenset({1})})), hash(frozenset(range(100))), hash(frozenset({-1, -2})))\n',
    );
    expect(r.stdout).toBe('133146708735736 -1826646154956904602 5515263749738256364 4411996150312757951 399283329322573\n');
  });

  test('complex_hash on the object: real + 1000003 * imag, -1 mapped to -2', () => {
    const heap = new Heap();
    const h = (re: number, im: number) => new ComplexObject(re, im).hashSlot(heap);
    expect([h(1, 0), h(2.5, 0), h(-1, 0), h(0, 1), h(1, -1)]).toEqual([1, 1152921504606846978n, -2, 1000003, -2000005]);
  });

  test('a bytes object hashes as the str of the same latin-1 characters', () => {
    const heap = new Heap();
    const r = run("print(hash(b'abc') == hash('abc'), hash(b'\\xff') == hash('\\xff'), hash(b'') == 0)\n");
    expect(r.stdout).toBe('True True True\n');
    expect(new BytesObject('abc').hashSlot(heap)).toBe(new BytesObject('abc').hashSlot(heap));
  });
});

describe('the utf-8 decoder', () => {
  test('decodes what Node decodes, and fails exactly where Node would substitute U+FFFD', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        const literal = "b'" + Array.from(bytes, (b) => '\\x' + b.toString(16).padStart(2, '0')).join('') + "'";
        const r = run(
          `try:\n    print([ord(c) for c in ${literal}.decode()])\nexcept UnicodeDecodeError:\n    print('error')\nprint([ord(c) for c in ${literal}.decode('utf-8', 'replace')])\n`,
        );
        const node = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        const [strict, replaced] = r.stdout.split('\n');
        const ords = '[' + Array.from(node, (c) => c.codePointAt(0)).join(', ') + ']';
        expect(strict).toBe(node.includes('\ufffd') ? 'error' : ords);
        // 'replace' substitutes one U+FFFD per maximal invalid subpart, as WHATWG's decoder does.
        expect(replaced).toBe(ords);
        expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('bad inputs leave a consistent heap', () => {
  test.each([
    ["bytes('abc')", 'TypeError: string argument without an encoding'],
    ["b'a' + 'b'", "TypeError: can't concat str to bytes"],
    ['bytearray(b"x").pop(5)', 'IndexError: pop index out of range'],
    ["b'\\xff'.decode()", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"],
    ["'\\u20ac'.encode('ascii')", "UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)"],
    ['frozenset([[1]])', "TypeError: unhashable type: 'list'"],
    ['1j / 0', 'ZeroDivisionError: complex division by zero'],
    ["complex('1+')", 'ValueError: complex() arg is a malformed string'],
    ['1j < 2j', "TypeError: '<' not supported between instances of 'complex' and 'complex'"],
    ['hash(bytearray())', "TypeError: unhashable type: 'bytearray'"],
  ])('%s', (expr, message) => {
    const r = run(`keep = [object()]\ntry:\n    ${expr}\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n`);
    expect(r.stdout).toBe(message + '\n');
    expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  });
});
