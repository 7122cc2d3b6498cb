/**
 * Trace format v1 (docs/trace-format.md): the schema file is the one the
 * format table generates, the validator accepts valid traces and reports
 * each kind of invalid line, and the doc's examples are valid events.
 */
import * as fs from 'fs';
import * as path from 'path';
import { EVENT_KINDS, eventProblem, headerProblem, traceSchema, validateTrace } from '../../src/heap/trace-format';

const ROOT = path.join(__dirname, '..', '..');
const HEADER = '{"format":"gclab-trace","version":1,"gclab":"0.1.0","scenario":"/x.py","profile":{"python":"3.11.7","level":"deaths","schedule":null,"gcStress":false}}';

test('docs/trace-format.schema.json is traceSchema() (regenerate: npm run build && node scripts/gen-trace-schema.js)', () => {
  const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'trace-format.schema.json'), 'utf8'));
  expect(file).toEqual(traceSchema());
});

test('the schema has one branch per event kind, plus the header', () => {
  const schema = traceSchema() as { oneOf: Array<{ properties: { kind?: { const: string } } }> };
  const kinds = schema.oneOf.slice(1).map((b) => b.properties.kind!.const);
  expect(kinds).toEqual(Object.keys(EVENT_KINDS));
});

test('every event example in docs/trace-format.md is valid, and every kind is documented', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'trace-format.md'), 'utf8');
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
  const lines = blocks.flatMap((b) => b.trim().split('\n'));
  expect(lines.length).toBeGreaterThan(10);
  for (const l of lines) {
    const o = JSON.parse(l);
    if ('format' in o) expect(headerProblem(o)).toBeNull();
    else expect([l, eventProblem(o, o.seq)]).toEqual([l, null]);
  }
  for (const kind of Object.keys(EVENT_KINDS)) expect(doc).toContain('`' + kind + '`');
});

describe('validateTrace', () => {
  const ev = (seq: number, rest: string) => `{"seq":${seq},${rest}}`;
  const valid = [
    HEADER,
    ev(1, '"kind":"startup","objects":10,"lastId":10'),
    ev(2, '"kind":"alloc","line":1,"fn":"<module>","id":11,"type":"Node"'),
    ev(3, '"kind":"bind","line":1,"fn":"<module>","module":"__main__","name":"a","id":11,"label":"Node()"'),
    ev(4, '"kind":"bind","line":2,"fn":"<module>","module":"__main__","name":"n","value":"42"'),
    ev(5, '"kind":"death","line":3,"fn":"<module>","id":11,"type":"Node","label":"Node()","cause":"refcount","by":"del a"'),
    ev(6, '"kind":"gc-phase","collection":1,"phase":"update_refs","objects":[1,2],"gc_refs":[2,1],"labels":[null,"x"]'),
    ev(7, '"kind":"exit","status":0'),
  ].join('\n') + '\n';

  test('a valid trace has no problem', () => {
    expect(validateTrace(valid)).toEqual([]);
  });

  test.each([
    ['an empty file', '', 1, /empty/],
    ['a header that is not JSON', '{nope\n', 1, /not JSON/],
    ['a wrong format', '{"format":"other","version":1}\n', 1, /format is "other"/],
    ['a newer version', HEADER.replace('"version":1', '"version":2') + '\n', 1, /version 2 is not supported/],
    ['an unknown level', HEADER.replace('"deaths"', '"everything"') + '\n', 1, /profile.level/],
    ['a gap in seq', HEADER + '\n' + ev(2, '"kind":"note","text":"x"') + '\n', 2, /seq is 2, expected 1/],
    ['an unknown kind', HEADER + '\n' + ev(1, '"kind":"explode"') + '\n', 2, /unknown event kind "explode"/],
    ['a missing field', HEADER + '\n' + ev(1, '"kind":"alloc","id":3') + '\n', 2, /missing field 'type'/],
    ['a field of the wrong type', HEADER + '\n' + ev(1, '"kind":"alloc","id":"3","type":"x"') + '\n', 2, /'id' should be int/],
    ['a value not allowed', HEADER + '\n' + ev(1, '"kind":"death","id":3,"type":"x","cause":"boredom"') + '\n', 2, /'cause' is "boredom"/],
    ['an unknown field', HEADER + '\n' + ev(1, '"kind":"note","text":"x","colour":"red"') + '\n', 2, /unknown field 'colour'/],
    ['a bind with neither frame nor module', HEADER + '\n' + ev(1, '"kind":"bind","name":"a","id":1') + '\n', 2, /exactly one of 'frame' and 'module'/],
    ['a bind with both id and value', HEADER + '\n' + ev(1, '"kind":"bind","frame":1,"name":"a","id":1,"value":"1"') + '\n', 2, /exactly one of 'id' and 'value'/],
    ['a line that is not an object', HEADER + '\n[1,2]\n', 2, /not a JSON object/],
    ['a bad gc phase', HEADER + '\n' + ev(1, '"kind":"gc-phase","collection":1,"phase":"mark"') + '\n', 2, /'phase' is "mark"/],
  ])('%s is reported with its line', (_what, text, line, message) => {
    const problems = validateTrace(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].line).toBe(line);
    expect(problems[0].message).toMatch(message);
  });
});
