/**
 * A fast python3 for `gclab fuzz`: starting python3 costs tens of
 * milliseconds (far more on a busy machine), more than running a generated
 * program. A fork server starts python3 once; for each program it forks a
 * child that installs a fresh `__main__` module, runs the program in it,
 * reports an uncaught exception as python3 does (traceback on standard
 * error, sys.last_* set, exit status 1) and ends through the interpreter's
 * ordinary shutdown (Py_FinalizeEx), so deaths at exit happen too. The
 * server's own objects are frozen (gc.freeze()) before it serves, so a
 * program's gc.collect() neither sees nor counts them.
 *
 * It stands in for `python3 -` only as a first pass: `gclab fuzz` re-runs
 * every program on which it disagrees with gclab in a real `python3 -`
 * process, and only a difference that remains there counts.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PythonRunner, SideRun } from '../testing/fuzz';

const SERVER = `import gc, os, signal, sys
def _serve():
    inp = sys.stdin.buffer
    out = sys.stdout.buffer
    tmp = sys.argv[1]
    timeout = int(sys.argv[2])
    while True:
        line = inp.readline()
        if not line:
            return
        source = inp.read(int(line)).decode("utf-8")
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.close(fd)
            fd = os.open(os.devnull, os.O_WRONLY)
            os.dup2(fd, 2)
            os.close(fd)
            del fd, line, inp, out
            signal.alarm(timeout)
            _run(source)
        _, status = os.waitpid(pid, 0)
        with open(tmp, "rb") as f:
            data = f.read()
        out.write(b"%d %d\\n" % (os.waitstatus_to_exitcode(status), len(data)))
        out.write(data)
        out.flush()
def _run(source):
    import builtins, types
    main = types.ModuleType("__main__")
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    namespace = main.__dict__
    # Only sys.modules holds the module from here on, as in python3 (the
    # SystemExit's traceback keeps this frame alive during shutdown).
    del main, builtins, types
    try:
        exec(compile(source, "<stdin>", "exec"), namespace)
    except BaseException as e:
        tb = e.__traceback__.tb_next
        e.__traceback__ = tb
        sys.last_type, sys.last_value, sys.last_traceback = type(e), e, tb
        import traceback
        traceback.print_exception(e)
        del e, tb, namespace
        raise SystemExit(1)
    del namespace
    raise SystemExit(0)
gc.collect()
gc.freeze()
_serve()
`;

/** One python3 fork server: programs go in one at a time. */
class ForkServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private waiting: ((r: SideRun) => void) | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(python: string, timeoutS: number) {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-fuzz-')), 'out');
    this.child = spawn(python, ['-c', SERVER, tmp, String(timeoutS)], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, PYTHONHASHSEED: '0' },
    }) as unknown as ChildProcessWithoutNullStreams;
    this.child.stdout.on('data', (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      this.deliver();
    });
    this.child.on('close', () => this.waiting?.({ stdout: '', exitCode: 127, timedOut: true }));
    this.child.stdin.on('error', () => {});
  }

  private deliver(): void {
    const nl = this.buffer.indexOf(10);
    if (nl < 0 || this.waiting === null) return;
    const [status, length] = this.buffer.subarray(0, nl).toString().split(' ').map(Number);
    if (this.buffer.length < nl + 1 + length) return;
    const stdout = this.buffer.subarray(nl + 1, nl + 1 + length).toString('utf8');
    this.buffer = this.buffer.subarray(nl + 1 + length);
    const done = this.waiting;
    this.waiting = null;
    // SIGALRM (the server's timeout) ends the child with -14.
    done({ stdout, exitCode: status < 0 ? 128 - status : status, timedOut: status === -14 });
  }

  run(source: string): Promise<SideRun> {
    const next = this.chain.then(
      () =>
        new Promise<SideRun>((resolve) => {
          this.waiting = resolve;
          const bytes = Buffer.from(source, 'utf8');
          this.child.stdin.write(`${bytes.length}\n`);
          this.child.stdin.write(bytes);
        }),
    );
    this.chain = next;
    return next;
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** `count` fork servers behind one PythonRunner (round robin), and a way to stop them. */
export function forkServerPython(python: string, count: number, timeoutS: number): { run: PythonRunner; close(): void } {
  const servers = Array.from({ length: count }, () => new ForkServer(python, timeoutS));
  let next = 0;
  return {
    run: (source) => servers[next++ % servers.length].run(source),
    close: () => servers.forEach((s) => s.close()),
  };
}
