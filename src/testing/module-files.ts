/**
 * The module reader for a scenario on disk: `import helpers` reads
 * `helpers.py` (or `helpers/__init__.py`) from the scenario's folder, as
 * python3 does with sys.path[0]. The runtime itself never touches the file
 * system; hosts pass a reader (a browser host can serve files from memory).
 */
import * as fs from 'fs';
import * as path from 'path';

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
