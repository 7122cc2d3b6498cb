/**
 * The module reader for a scenario on disk: `import helpers` reads
 * `helpers.py` (or `helpers/__init__.py`) from the scenario's folder, as
 * python3 does with sys.path[0]. The runtime itself never touches the file
 * system; hosts pass a reader (a browser host can serve files from memory).
 */
import * as fs from 'fs';
import * as path from 'path';
import { STDLIB_PREFIX, STDLIB_SOURCES } from '../lang/stdlib';

export function moduleFileReader(scenarioFile: string): (relativePath: string) => { source: string; filename: string } | undefined {
  const dir = path.dirname(path.resolve(scenarioFile));
  return (rel) => {
    const file = path.join(dir, ...rel.split('/'));
    try {
      if (!fs.statSync(file).isFile()) return undefined;
      return { source: fs.readFileSync(file, 'utf8'), filename: file };
    } catch {
      return undefined;
    }
  };
}

type ModuleReader = (relativePath: string) => { source: string; filename: string } | undefined;

/**
 * The reader of `gclab unittest`: as `reader`, except that a package named
 * `test` (CPython's test suite, when run from its Lib/ folder) gets gclab's
 * `test/__init__.py` and `test/support/` (src/lang/stdlib/test: the helpers
 * that know what the simulation has); its other modules (test_weakref.py,
 * mapping_tests.py, ...) are still read from the folder. A folder that is a
 * CPython installation's Lib/ (`onlyTestPackage`) lends nothing but its
 * `test` package: its stdlib sources (io.py, threading.py, ...) need
 * CPython's C modules, and gclab's own stdlib stands in for them.
 */
export function withGclabTestSupport(reader: ModuleReader, onlyTestPackage = false): ModuleReader {
  return (rel) => {
    if (rel === 'test/__init__.py' || rel.startsWith('test/support/') || rel === 'test/support.py') {
      const source = STDLIB_SOURCES[rel];
      return source === undefined ? undefined : { source, filename: `${STDLIB_PREFIX}/${rel}` };
    }
    if (onlyTestPackage && !rel.startsWith('test/')) return undefined;
    return reader(rel);
  };
}

/** Is `dir` a Python installation's Lib/ folder (its os.py beside a test package)? */
export function isPythonLibFolder(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'os.py')) && fs.existsSync(path.join(dir, 'test', '__init__.py'));
}
