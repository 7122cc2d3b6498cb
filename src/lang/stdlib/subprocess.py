"""subprocess for gclab: Python children only.

The one program a gclab scenario can start is Python itself: `Popen` and
`run` with a command line whose first item is `sys.executable` (or
'python3' / 'python') run that command line in a fresh gclab interpreter,
as test.support.script_helper does (its own heap, modules and shutdown; the
parent's simulated file system), to its end, at once. Its output is what
the pipes would have given: bytes, or str with text=True / encoding. Any
other program is FileNotFoundError ([Errno 2] No such file or directory),
as for a program the system does not have. Standard input is not
supported (a child reads no stdin); stderr=STDOUT appends the child's
standard error after its standard output (the interleaving is not kept).
"""

import sys
import _gclab

__all__ = ["Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call",
           "check_output", "run", "CalledProcessError", "CompletedProcess",
           "SubprocessError", "TimeoutExpired", "getoutput", "getstatusoutput"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr


class CompletedProcess(object):
    """A process that has finished running (what run() returns)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


class _Pipe:
    """The parent's end of a child's output pipe: what it wrote, once."""

    def __init__(self, data):
        self._data = data
        self.closed = False

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        data = self._data
        if size is None or size < 0:
            self._data = data[:0]
            return data
        self._data = data[size:]
        return data[:size]

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _python_args(args):
    if isinstance(args, (str, bytes)):
        raise FileNotFoundError(2, 'No such file or directory', args)
    args = [a.decode() if isinstance(a, bytes) else str(a) for a in args]
    if not args:
        raise IndexError("list index out of range")
    if args[0] not in (sys.executable, 'python3', 'python', 'python3.11'):
        raise FileNotFoundError(2, 'No such file or directory', args[0])
    return args[1:]


class Popen:
    """A Python child run to its end when made; communicate() hands back
    what it wrote."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, encoding=None,
                 errors=None, text=None, **kwargs):
        self.args = args
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        rc, out, err = _gclab.run_python(_python_args(args))
        self.pid = 4243
        self.returncode = rc
        if stderr == STDOUT:
            out, err = out + err, ''
        self.stdin = None
        self.stdout = _Pipe(self._convert(out)) if stdout == PIPE else None
        self.stderr = _Pipe(self._convert(err)) if stderr == PIPE else None
        if stdout is None:
            sys.stdout.write(out)
        if stderr is None:
            sys.stderr.write(err)

    def _convert(self, text):
        if self.text_mode:
            return text.replace('\r\n', '\n')
        return text.encode(self._encoding, self._errors)

    def communicate(self, input=None, timeout=None):
        out = self.stdout.read() if self.stdout is not None else None
        err = self.stderr.read() if self.stderr is not None else None
        return out, err

    def poll(self):
        return self.returncode

    def wait(self, timeout=None):
        return self.returncode

    def kill(self):
        pass

    terminate = kill

    def send_signal(self, sig):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run a command (a Python child); return a CompletedProcess."""
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        stdout, stderr = process.communicate(input, timeout=timeout)
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def getstatusoutput(cmd):
    raise FileNotFoundError(2, 'No such file or directory', '/bin/sh')


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
