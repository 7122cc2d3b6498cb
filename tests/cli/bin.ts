/**
 * Helpers for the CLI tests: they run the real command (bin/gclab.js, over
 * the compiled dist/), as a user does. dist/ is built first when missing.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'gclab.js');

/** Build dist/ once if it is missing (npm ci's prepare step builds it on a fresh clone). */
export function ensureBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'run-worker.js'))) {
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
  }
}

export interface Finished {
  /** The shell's view: the exit status, or 128+N for a death by signal N. */
  status: number;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Run gclab to completion. */
export function gclab(args: string[], options: SpawnSyncOptions = {}): Finished {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, ...options });
  if (r.error) throw r.error;
  const signal = r.signal;
  const status = r.status ?? 128 + os.constants.signals[signal!];
  return { status, signal, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}

export interface Running {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves when stdout contains `text`. */
  waitForOutput(text: string): Promise<void>;
  done: Promise<Finished>;
}

/** Start gclab in the background, collecting what it writes. */
export function start(args: string[]): Running {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (const w of waiters.splice(0)) w();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) =>
      resolve({ status: code ?? 128 + os.constants.signals[signal!], signal, out, err }),
    ),
  );
  const waitForOutput = async (text: string) => {
    while (!out.includes(text)) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`gclab ended before printing ${text}: ${err}`);
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  return { child, out: () => out, err: () => err, waitForOutput, done };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-cli-'));

/** Write a scenario file in a fresh temporary folder; returns its path. */
export function scenario(name: string, src: string): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, src);
  return f;
}

export function tmpPath(name: string): string {
  return path.join(tmp, name);
}

export const hasPython311 = (() => {
  const r = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return !r.error && /^Python 3\.11\./.test(r.stdout);
})();
