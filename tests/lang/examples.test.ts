/**
 * Every scenario in examples/ prints, through gclab, exactly what python3
 * printed for it (examples/NAME.out, made by python3 3.11).
 */
import * as fs from 'fs';
import * as path from 'path';
import { runScenario } from '../../src/lang';

const dir = path.resolve(__dirname, '../../examples');
const examples = fs.readdirSync(dir).filter((f) => f.endsWith('.py'));

describe('examples/ match CPython 3.11', () => {
  test.each(examples)('%s', (file) => {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    const expected = fs.readFileSync(path.join(dir, file.replace(/\.py$/, '.out')), 'utf8');
    const r = runScenario(source, file, { gcDebugChecks: true });
    expect(r.stdout).toBe(expected);
    expect(r.exitCode).toBe(0);
  });
});
