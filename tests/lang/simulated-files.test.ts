/**
 * The simulated file system (runtime/simulated-files.ts) directly and
 * through runScenario: Linux's errors for bad paths, the scenario folder
 * readable but never writable on the host, determinism, sharing with a
 * child interpreter, and a consistent heap after every file error.
 */
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';
import { FileSystemError, SimulatedFileSystem } from '../../src/lang/runtime/simulated-files';

function errnoOf(f: () => unknown): number | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof FileSystemError) return e.errno;
    throw e;
  }
  return undefined;
}

test('starts with the working directory and /tmp only', () => {
  const fs = new SimulatedFileSystem('/home/u/work');
  expect(fs.kind('/home/u/work')).toBe('dir');
  expect(fs.kind('/home')).toBe('dir');
  expect(fs.kind('/tmp')).toBe('dir');
  expect(fs.listdir('/tmp')).toEqual([]);
  expect(fs.kind('/etc/passwd')).toBeUndefined();
});

test('bad paths fail with the errno Linux gives', () => {
  const fs = new SimulatedFileSystem('/w');
  expect(errnoOf(() => fs.read('missing'))).toBe(2);
  expect(errnoOf(() => fs.read('/w'))).toBe(21);
  expect(errnoOf(() => fs.write('no/such/dir.txt', 'x', 'w'))).toBe(2);
  fs.write('f', 'data', 'w');
  expect(errnoOf(() => fs.write('f', 'x', 'x'))).toBe(17);
  expect(errnoOf(() => fs.write('f/child', 'x', 'w'))).toBe(20);
  expect(errnoOf(() => fs.mkdir('f'))).toBe(17);
  expect(errnoOf(() => fs.rmdir('f'))).toBe(20);
  expect(errnoOf(() => fs.remove('/w'))).toBe(21);
  expect(errnoOf(() => fs.listdir('f'))).toBe(20);
  fs.mkdir('d');
  fs.write('d/x', '', 'w');
  expect(errnoOf(() => fs.rmdir('d'))).toBe(39);
  expect(errnoOf(() => fs.chdir('nowhere'))).toBe(2);
  expect(fs.read('f')).toBe('data');
});

test('relative paths follow chdir; rename moves whole trees', () => {
  const fs = new SimulatedFileSystem('/w');
  fs.mkdir('a');
  fs.mkdir('a/b');
  fs.write('a/b/c.txt', 'c', 'w');
  fs.chdir('a');
  expect(fs.read('b/c.txt')).toBe('c');
  fs.rename('/w/a', '/w/z');
  expect(fs.kind('/w/z/b/c.txt')).toBe('file');
  expect(fs.kind('/w/a')).toBeUndefined();
});

test('temporary names are deterministic and never collide', () => {
  const a = new SimulatedFileSystem('/w');
  const b = new SimulatedFileSystem('/w');
  const n1 = a.tempName('/tmp', 'tmp', '');
  expect(b.tempName('/tmp', 'tmp', '')).toBe(n1);
  a.mkdir(a.tempName('/tmp', 'tmp', ''));
  expect(a.tempName('/tmp', 'tmp', '')).not.toBe(n1);
});

test('the scenario folder is readable, never written through to the host', () => {
  const host: Record<string, string> = { 'data.txt': 'host text' };
  const fs = new SimulatedFileSystem('/s', '/s', (rel) => host[rel]);
  expect(fs.read('/s/data.txt')).toBe('host text');
  fs.write('/s/data.txt', 'changed', 'w');
  expect(fs.read('/s/data.txt')).toBe('changed');
  expect(host['data.txt']).toBe('host text');
  expect(fs.kind('/elsewhere/data.txt')).toBeUndefined();
});

test('a child interpreter sees the files its parent wrote, and the parent sees the child\'s', () => {
  const r = runScenario(
    [
      'from test.support.script_helper import assert_python_ok',
      "open('child.py', 'w').write(\"print(open('in.txt').read()); open('out.txt', 'w').write('back')\")",
      "open('in.txt', 'w').write('to the child')",
      "rc, out, err = assert_python_ok('child.py')",
      'print(rc, out)',
      "print(open('out.txt').read())",
    ].join('\n'),
    '/virtual/main.py',
  );
  verifyHeap(r.heap);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe("0 b'to the child\\n'\nback\n");
});

test('file errors leave the heap consistent and two runs print the same', () => {
  const src = [
    'import os',
    'for f in (lambda: open("x"), lambda: os.remove("x"), lambda: os.rmdir("/"), lambda: open("/tmp", "w")):',
    '    try:',
    '        f()',
    '    except OSError as e:',
    '        print(type(e).__name__, e.errno, e)',
  ].join('\n');
  const a = runScenario(src, '/virtual/main.py');
  const b = runScenario(src, '/virtual/main.py');
  verifyHeap(a.heap);
  expect(a.stdout).toBe(b.stdout);
  expect(a.stdout).toContain("FileNotFoundError 2 [Errno 2] No such file or directory: 'x'");
  expect(a.stdout).toContain("IsADirectoryError 21 [Errno 21] Is a directory: '/tmp'");
});

test('os.devnull is there, empty, and drops what is written to it', () => {
  const fs = new SimulatedFileSystem('/work');
  expect(fs.kind('/dev/null')).toBe('device');
  fs.write('/dev/null', 'discarded', 'a');
  fs.write('/dev/null', 'discarded', 'w');
  expect(fs.read('/dev/null')).toBe('');
});
