"""test.support.script_helper: run a Python child and check how it ended.

Under CPython the child is `sys.executable` in a subprocess, as in CPython's
own script_helper. Under gclab the child is a fresh gclab interpreter (its
own heap, modules and shutdown) run by `_gclab.run_python(args)`, which
takes the interpreter's command-line arguments ('-c', code / a script path,
then the script's argv) and returns (exit status, stdout bytes, stderr
bytes): the output a `python3 -c code` child would write to its pipes.
"""

import sys
import unittest

from test import support

try:
    import _gclab
except ImportError:
    _gclab = None


def interpreter_requires_environment():
    """Whether the child needs the parent's environment (never, here)."""
    return False


class _PythonRunResult(tuple):
    """(rc, out, err) of a Python child, with fail() to report it."""

    def __new__(cls, rc, out, err):
        return tuple.__new__(cls, (rc, out, err))

    @property
    def rc(self):
        return self[0]

    @property
    def out(self):
        return self[1]

    @property
    def err(self):
        return self[2]

    def fail(self, cmd_line):
        """Provide helpful details about failed subcommand runs"""
        maxlen = 80 * 100
        out, err = self.out, self.err
        if len(out) > maxlen:
            out = '(... truncated stdout ...)'.encode('ascii') + out[-maxlen:]
        if len(err) > maxlen:
            err = '(... truncated stderr ...)'.encode('ascii') + err[-maxlen:]
        out = out.decode('ascii', 'replace').rstrip()
        err = err.decode('ascii', 'replace').rstrip()
        raise AssertionError("Process return code is %d\n"
                             "command line: %r\n"
                             "\n"
                             "stdout:\n"
                             "---\n"
                             "%s\n"
                             "---\n"
                             "\n"
                             "stderr:\n"
                             "---\n"
                             "%s\n"
                             "---"
                             % (self.rc, cmd_line, out, err))


def _run_in_gclab(args, env_vars):
    env_vars.pop('__cwd', None)
    env_vars.pop('__isolated', None)
    env_vars.pop('__cleanenv', None)
    if env_vars:
        raise unittest.SkipTest("needs environment variables for the child "
                                "(gclab's child interpreter has no environment)")
    cmd_line = [getattr(sys, 'executable', 'python3'), '-X', 'faulthandler', '-I'] + list(args)
    rc, out, err = _gclab.run_python(list(args))
    # a subprocess's pipes give bytes
    return _PythonRunResult(rc, _as_bytes(out), _as_bytes(err)), cmd_line


def _as_bytes(text):
    try:
        return text.encode('utf-8')
    except AttributeError:
        return text


def _run_in_subprocess(args, env_vars):
    import os
    import subprocess
    if not support.has_subprocess_support:
        raise unittest.SkipTest("requires subprocess support")
    cwd = env_vars.pop('__cwd', None)
    if '__isolated' in env_vars:
        isolated = env_vars.pop('__isolated')
    else:
        isolated = not env_vars
    cmd_line = [sys.executable, '-X', 'faulthandler']
    if isolated:
        cmd_line.append('-I')
    elif not env_vars:
        cmd_line.append('-E')
    if env_vars.pop('__cleanenv', None):
        env = {}
    else:
        env = os.environ.copy()
    if 'TERM' not in env_vars:
        env['TERM'] = ''
    env.update(env_vars)
    cmd_line.extend(args)
    proc = subprocess.Popen(cmd_line, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=cwd)
    try:
        out, err = proc.communicate()
    finally:
        proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    return _PythonRunResult(proc.returncode, out, err), cmd_line


def run_python_until_end(*args, **env_vars):
    """Run a Python child with args; return ((rc, out, err), cmd_line)."""
    if _gclab is not None:
        return _run_in_gclab(args, env_vars)
    return _run_in_subprocess(args, env_vars)


def _assert_python(expected_success, /, *args, **env_vars):
    res, cmd_line = run_python_until_end(*args, **env_vars)
    if (res.rc and expected_success) or (not res.rc and not expected_success):
        res.fail(cmd_line)
    return res


def assert_python_ok(*args, **env_vars):
    """Assert that a Python child run with args succeeds (rc == 0) and return
    its (return code, stdout, stderr)."""
    return _assert_python(True, *args, **env_vars)


def assert_python_failure(*args, **env_vars):
    """Assert that a Python child run with args fails (rc != 0) and return
    its (return code, stdout, stderr)."""
    return _assert_python(False, *args, **env_vars)


def spawn_python(*args, **kw):
    """A Popen of a Python child: needs real subprocesses."""
    if _gclab is not None:
        raise unittest.SkipTest("requires subprocess support (gclab runs no subprocesses)")
    import subprocess
    cmd_line = [sys.executable, '-X', 'faulthandler']
    cmd_line.extend(args)
    stdout = kw.pop('stdout', subprocess.PIPE)
    stderr = kw.pop('stderr', subprocess.STDOUT)
    return subprocess.Popen(cmd_line, stdin=subprocess.PIPE,
                            stdout=stdout, stderr=stderr, **kw)


def kill_python(p):
    """Run the given Popen process until completion and return stdout."""
    p.stdin.close()
    data = p.stdout.read()
    p.stdout.close()
    p.wait()
    return data


def make_script(script_dir, script_basename, source, omit_suffix=False):
    """Write source to script_dir/script_basename.py; return its path."""
    import os
    script_filename = script_basename
    if not omit_suffix:
        script_filename += os.extsep + 'py'
    script_name = os.path.join(script_dir, script_filename)
    with open(script_name, 'w', encoding='utf-8') as script_file:
        script_file.write(source)
    return script_name
