/**
 * The simulated file system behind `open()`, `os` and `tempfile`: one per
 * interpreter run, in memory, deterministic (it starts the same every time:
 * the directories of the working directory and `/tmp`, nothing else), and
 * shared with the child interpreters that `_gclab.run_python` starts, so a
 * script a test writes is the script its child runs.
 *
 * Paths are POSIX paths; a relative one is taken from the simulated
 * working directory (`os.chdir` moves it). A file's contents are bytes (a
 * latin-1 JS string, as BytesObject keeps them). Errors are what Linux
 * reports, as (errno, strerror) pairs that the caller raises as
 * OSError(errno, strerror, path) -- which picks FileNotFoundError,
 * FileExistsError, IsADirectoryError, NotADirectoryError (oserror_init's
 * errno map).
 *
 * Reading a real host file stays refused, with one exception that keeps
 * `open(__file__)` working: a path inside the scenario's own folder that
 * the simulation has not written is read, read-only, through the host's
 * module reader (the files the scenario may import anyway).
 */

/** An errno and its strerror (Linux). */
export class FileSystemError extends Error {
  constructor(
    readonly errno: number,
    readonly strerror: string,
    readonly path: string,
    readonly path2?: string,
  ) {
    super(`[Errno ${errno}] ${strerror}: '${path}'`);
  }
}

export const ENOENT: [number, string] = [2, 'No such file or directory'];
export const EEXIST: [number, string] = [17, 'File exists'];
export const ENOTDIR: [number, string] = [20, 'Not a directory'];
export const EISDIR: [number, string] = [21, 'Is a directory'];
export const ENOTEMPTY: [number, string] = [39, 'Directory not empty'];

/** Reads a file of the scenario's folder by its '/'-separated relative path (the module reader). */
export type ScenarioFileReader = (relativePath: string) => string | undefined;

const DEV_NULL = '/dev/null';

export class SimulatedFileSystem {
  /** File contents by absolute path (bytes as a latin-1 string). */
  private readonly files = new Map<string, string>();
  /** Files of the scenario's folder the program removed (they read as absent from then on). */
  private readonly removedScenarioFiles = new Set<string>();
  /** Directories by absolute path, in creation order. */
  private readonly dirs = new Set<string>(['/']);
  /** The working directory (absolute). */
  cwd: string;
  /** tempfile's name counter: mkdtemp/mkstemp names are tmp0000000a, tmp0000000b, ... */
  private tempCounter = 0;

  /** The scenario's folder (sys.path[0]), whose files are readable. */
  readonly scenarioDir: string | null;

  constructor(
    cwd: string,
    scenarioDir: string | null = null,
    private readonly readScenarioFile: ScenarioFileReader | undefined = undefined,
  ) {
    this.cwd = normalize(cwd.startsWith('/') ? cwd : '/' + cwd);
    this.scenarioDir = scenarioDir === null ? null : normalize(scenarioDir);
    this.makeAll(this.cwd);
    this.makeAll('/tmp');
    // os.devnull: always empty, and what is written to it is dropped.
    this.makeAll('/dev');
    this.files.set(DEV_NULL, '');
  }

  /** The absolute, normalized form of `path` (relative ones from the working directory). */
  resolve(path: string): string {
    return normalize(path.startsWith('/') ? path : `${this.cwd}/${path}`);
  }

  /** 'file', 'dir', 'device' (os.devnull) or undefined (not there). */
  kind(path: string): 'file' | 'dir' | 'device' | undefined {
    const p = this.resolve(path);
    if (this.dirs.has(p)) return 'dir';
    if (p === DEV_NULL) return 'device';
    if (this.files.has(p) || this.scenarioFile(p) !== undefined) return 'file';
    return undefined;
  }

  /** A file's bytes. */
  read(path: string): string {
    const p = this.resolve(path);
    if (this.dirs.has(p)) throw this.error(EISDIR, path);
    const data = this.files.get(p) ?? this.scenarioFile(p);
    if (data === undefined) throw this.error(ENOENT, path);
    return data;
  }

  /**
   * Make or replace a file (`how` 'w'), append to it ('a'), or make a new
   * one ('x': FileExistsError if there is one already).
   */
  write(path: string, data: string, how: 'w' | 'a' | 'x'): void {
    const p = this.resolve(path);
    if (this.dirs.has(p)) throw this.error(EISDIR, path);
    this.requireParent(p, path);
    const old = this.files.get(p) ?? this.scenarioFile(p);
    if (how === 'x' && old !== undefined) throw this.error(EEXIST, path);
    if (p === DEV_NULL) return;
    this.removedScenarioFiles.delete(p);
    this.files.set(p, how === 'a' && old !== undefined ? old + data : data);
  }

  /** os.remove / os.unlink. */
  remove(path: string): void {
    const p = this.resolve(path);
    if (this.dirs.has(p)) throw this.error(EISDIR, path);
    this.requireParent(p, path);
    const written = this.files.delete(p);
    // A file of the scenario's folder (read from the host) is removed for the rest of the run.
    if (this.scenarioFile(p) !== undefined) this.removedScenarioFiles.add(p);
    else if (!written) throw this.error(ENOENT, path);
  }

  /**
   * What the program did to `relativePath` of the scenario's folder: the
   * bytes it wrote there, null if it removed the file, undefined if it
   * did neither (the host's file, if any, is the one to read).
   */
  scenarioOverlay(relativePath: string): string | null | undefined {
    if (this.scenarioDir === null) return undefined;
    const p = normalize(`${this.scenarioDir}/${relativePath}`);
    const written = this.files.get(p);
    if (written !== undefined) return written;
    return this.removedScenarioFiles.has(p) ? null : undefined;
  }

  /** os.mkdir. */
  mkdir(path: string): void {
    const p = this.resolve(path);
    if (this.dirs.has(p) || this.files.has(p)) throw this.error(EEXIST, path);
    this.requireParent(p, path);
    this.dirs.add(p);
  }

  /** os.rmdir. */
  rmdir(path: string): void {
    const p = this.resolve(path);
    if (this.files.has(p)) throw this.error(ENOTDIR, path);
    if (!this.dirs.has(p)) throw this.error(ENOENT, path);
    if (this.listdir(path).length > 0) throw this.error(ENOTEMPTY, path);
    this.dirs.delete(p);
  }

  /** os.listdir: the names in a directory, in creation order (directories first). */
  listdir(path: string): string[] {
    const p = this.resolve(path);
    if (this.files.has(p)) throw this.error(ENOTDIR, path);
    if (!this.dirs.has(p)) throw this.error(ENOENT, path);
    const prefix = p === '/' ? '/' : p + '/';
    const out: string[] = [];
    for (const d of this.dirs) if (d !== p && d.startsWith(prefix) && !d.slice(prefix.length).includes('/')) out.push(d.slice(prefix.length));
    for (const f of this.files.keys()) if (f.startsWith(prefix) && !f.slice(prefix.length).includes('/')) out.push(f.slice(prefix.length));
    return out;
  }

  /** os.rename / os.replace of a file (a directory: of its whole subtree). */
  rename(src: string, dst: string): void {
    const s = this.resolve(src);
    const d = this.resolve(dst);
    this.requireParent(d, dst);
    const data = this.files.get(s);
    if (data !== undefined) {
      if (this.dirs.has(d)) throw this.error(EISDIR, src, dst);
      this.files.delete(s);
      this.files.set(d, data);
      return;
    }
    if (!this.dirs.has(s)) throw this.error(ENOENT, src, dst);
    if (this.files.has(d)) throw this.error(ENOTDIR, src, dst);
    if (this.dirs.has(d) && this.listdir(dst).length > 0) throw this.error(ENOTEMPTY, src, dst);
    const move = (x: string) => d + x.slice(s.length);
    for (const x of [...this.dirs]) if (x === s || x.startsWith(s + '/')) {
      this.dirs.delete(x);
      this.dirs.add(move(x));
    }
    for (const [x, v] of [...this.files]) if (x.startsWith(s + '/')) {
      this.files.delete(x);
      this.files.set(move(x), v);
    }
  }

  /** os.chdir. */
  chdir(path: string): void {
    const p = this.resolve(path);
    if (this.files.has(p)) throw this.error(ENOTDIR, path);
    if (!this.dirs.has(p)) throw this.error(ENOENT, path);
    this.cwd = p;
  }

  /** A new name for tempfile in `dir` (deterministic: a counter, never a random draw). */
  tempName(dir: string, prefix: string, suffix: string): string {
    for (;;) {
      this.tempCounter++;
      const name = `${this.resolve(dir)}/${prefix}${this.tempCounter.toString(36).padStart(8, '0')}${suffix}`;
      if (this.kind(name) === undefined) return name;
    }
  }

  private makeAll(p: string): void {
    let acc = '';
    for (const part of p.split('/').filter((x) => x !== '')) {
      acc += '/' + part;
      this.dirs.add(acc);
    }
  }

  private requireParent(p: string, path: string): void {
    const parent = p.slice(0, p.lastIndexOf('/')) || '/';
    if (this.dirs.has(parent)) return;
    throw this.error(this.files.has(parent) ? ENOTDIR : ENOENT, path);
  }

  /** A file of the scenario's own folder, read-only (undefined outside it or when absent). */
  private scenarioFile(p: string): string | undefined {
    if (this.scenarioDir === null || this.readScenarioFile === undefined) return undefined;
    if (!p.startsWith(this.scenarioDir + '/') || this.removedScenarioFiles.has(p)) return undefined;
    const text = this.readScenarioFile(p.slice(this.scenarioDir.length + 1));
    return text === undefined ? undefined : utf8Bytes(text);
  }

  private error([errno, strerror]: [number, string], path: string, path2?: string): FileSystemError {
    return new FileSystemError(errno, strerror, path, path2);
  }
}

/** posixpath.normpath of an absolute path. */
function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** The text of UTF-8 bytes kept as a latin-1 string (a source file's text). */
export function utf8Text(bytes: string): string {
  const b = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) b[i] = bytes.charCodeAt(i);
  return new TextDecoder().decode(b);
}

/** A str's UTF-8 bytes as a latin-1 string (how bytes are kept). */
function utf8Bytes(text: string): string {
  const b = new TextEncoder().encode(text);
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}
