"""_signal for gclab: the C module Modules/signalmodule.c, without real signals.

gclab's process receives no signals: the module keeps CPython's constants
(Linux x86_64 numbers), its table of handlers with the start-up values
(SIGINT: default_int_handler; SIGPIPE and SIGXFSZ: SIG_IGN; the rest
SIG_DFL) and signal()/getsignal() with CPython's checks and messages.
raise_signal() delivers at once: a Python handler is called with the
signal number and the caller's frame, SIG_IGN and the default action of a
signal ignored by default do nothing, default_int_handler raises
KeyboardInterrupt; the default action of a terminating signal is refused
(NotImplementedError). alarm() and setitimer() record the timer and
return the previous one, but the timer never fires. pthread_sigmask()
keeps the simulated mask; sigpending() is always empty.
"""

import sys as _sys

NSIG = 65
SIG_DFL = 0
SIG_IGN = 1
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGIOT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGSTKFLT = 16
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGXCPU = 24
SIGXFSZ = 25
SIGVTALRM = 26
SIGPROF = 27
SIGWINCH = 28
SIGIO = 29
SIGPOLL = 29
SIGPWR = 30
SIGSYS = 31
SIGRTMIN = 34
SIGRTMAX = 64

# glibc's strsignal() texts.
_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe',
    14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited',
    18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)',
    23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}

# The signals whose default action is to do nothing (signal(7)).
_IGNORED_BY_DEFAULT = (SIGCHLD, SIGCONT, SIGURG, SIGWINCH)


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python.

    It raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = [SIG_DFL] * NSIG
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN
_mask = set()
_timers = [(0.0, 0.0), (0.0, 0.0), (0.0, 0.0)]


def _signum(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    signalnum = int(signalnum)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def _main_thread():
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')


def signal(signalnum, handler, /):
    """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""
    if 'threading' in _sys.modules:
        _main_thread()
    signalnum = _signum(signalnum)
    if not callable(handler):
        if not (isinstance(handler, int) and not isinstance(handler, bool) and handler in (SIG_DFL, SIG_IGN)):
            raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
        handler = int(handler)
    if signalnum in (SIGKILL, SIGSTOP) or signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
    return _handlers[_signum(signalnum)]


def strsignal(signalnum, /):
    """Return the system description of the given signal.

Returns a description of the given signal, or None if the signal is not supported."""
    signalnum = _signum(signalnum)
    if signalnum in _DESCRIPTIONS:
        return _DESCRIPTIONS[signalnum]
    if SIGRTMIN <= signalnum <= SIGRTMAX:
        return 'Real-time signal %d' % (signalnum - SIGRTMIN)
    return 'Unknown signal %d' % signalnum


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {n for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    signalnum = _signum(signalnum)
    if signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    handler = _handlers[signalnum]
    if signalnum in _mask:
        return None
    if handler == SIG_IGN:
        return None
    if handler == SIG_DFL:
        if signalnum in _IGNORED_BY_DEFAULT:
            return None
        raise NotImplementedError('gclab: the default action of signal %d (%s) would end the process'
                                  % (signalnum, strsignal(signalnum)))
    # The caller's frame: this function is C (c-implemented.ts), so it has no frame of its own.
    handler(signalnum, _sys._getframe(0))
    return None


def alarm(seconds, /):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    if not isinstance(seconds, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(seconds).__name__)
    previous = _timers[ITIMER_REAL][0]
    _timers[ITIMER_REAL] = (float(seconds), 0.0)
    return int(previous + 0.999999) if previous else 0


def pause():
    """Wait until a signal arrives."""
    raise NotImplementedError('gclab: signal.pause() would wait forever (no signal ever arrives)')


def setitimer(which, seconds, interval=0.0, /):
    """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."""
    if which not in (ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF):
        raise ItimerError(22, 'Invalid argument')
    previous = _timers[which]
    _timers[which] = (float(seconds), float(interval))
    return previous


def getitimer(which, /):
    """Returns current value of given itimer."""
    if which not in (ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF):
        raise ItimerError(22, 'Invalid argument')
    return _timers[which]


def siginterrupt(signalnum, flag, /):
    """Change system call restart behaviour."""
    _signum(signalnum)
    return None


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal comes in."""
    return -1


def pthread_sigmask(how, mask, /):
    """Fetch and/or change the signal mask of the calling thread."""
    old = set(_mask)
    signals = {_signum(s) for s in mask}
    if how == SIG_BLOCK:
        _mask.update(signals)
    elif how == SIG_UNBLOCK:
        _mask.difference_update(signals)
    elif how == SIG_SETMASK:
        _mask.clear()
        _mask.update(signals)
    else:
        raise OSError(22, 'Invalid argument')
    return old


def sigpending():
    """Examine pending signals."""
    return set()


def pthread_kill(thread_id, signalnum, /):
    """Send a signal to a thread."""
    signalnum = _signum(signalnum) if signalnum else 0
    if signalnum:
        raise_signal(signalnum)
