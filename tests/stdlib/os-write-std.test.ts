/**
 * os.write on the process's own descriptors 1 and 2 (posix_write): the bytes
 * reach stdout/stderr past sys.stdout's TextIOWrapper and the byte count is
 * returned; a str is refused with CPython's TypeError. Expected output was
 * printed by python3 3.11.7 (PYTHONUNBUFFERED, as gclab's stdout is).
 */
import { runScenario } from '../../src/lang';

function run(src: string) {
  return runScenario(src, 'scenario.py', { gcDebugChecks: true });
}

describe('os.write(1 or 2, data)', () => {
  test('interleaves with print and returns the byte count', () => {
    const r = run(
      'import os\nprint("a")\nprint(os.write(1, b"raw\\n"))\nprint(os.write(1, "h\\u00e9\\n".encode()))\n' +
        'try:\n    os.write(1, "s")\nexcept TypeError as e:\n    print(e)\nos.write(2, b"err\\n")\n',
    );
    expect(r.stdout).toBe("a\nraw\n4\nhé\n4\na bytes-like object is required, not 'str'\n");
    expect(r.stderr).toContain('err\n');
  });

  test('a __del__ writing with os.write at refcount death', () => {
    const r = run('import os\nclass S:\n    def __del__(self):\n        os.write(1, b"del\\n")\ns = S()\ndel s\nprint("end")\n');
    expect(r.stdout).toBe('del\nend\n');
  });
});
