# signal: the Signals/Handlers enums, signal/getsignal, raise_signal delivering to a Python handler, errors.
import signal, sys
print(signal.SIGINT, repr(signal.SIGINT), signal.Signals.SIGTERM.value, signal.Signals(15), signal.SIGCLD, signal.Signals.SIGIOT)
print(repr(signal.SIG_DFL), repr(signal.Handlers.SIG_IGN), repr(signal.Sigmasks.SIG_SETMASK), len(signal.Signals))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGTERM)))
def handler(signum, frame):
    print('handler', signum, type(signum).__name__, frame.f_code.co_name)
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
def f():
    signal.raise_signal(signal.SIGUSR1)
f()
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
signal.raise_signal(signal.SIGCHLD)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
for args in ((signal.SIGKILL, signal.SIG_IGN), (99, signal.SIG_IGN), (2, 5), (0, handler), ('x', handler)):
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(40), len(signal.valid_signals()))
print(signal.alarm(5), signal.alarm(0))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2]), signal.pthread_sigmask(signal.SIG_UNBLOCK, []), signal.sigpending())
print(signal.signal.__doc__.splitlines()[0], signal.getsignal.__module__, signal.Signals.__module__)
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX, int(signal.SIGHUP) + 1, signal.SIGTERM == 15)
print(sorted(signal.valid_signals())[:3], signal.Signals['SIGINT'])
