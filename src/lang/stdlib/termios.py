"""termios for gclab: CPython's Modules/termios.c on a process with no
terminal. gclab's standard streams are never a terminal (os.isatty is
False), so tcgetattr/tcsetattr and the other calls raise termios.error
(25, 'Inappropriate ioctl for device') as they do on a pipe; the constants
are Linux's (those getpass and tty read).
"""


class error(Exception):
    pass


error.__module__ = 'termios'

ECHO = 8
ECHONL = 64
ICANON = 2
ISIG = 1
TCSANOW = 0
TCSADRAIN = 1
TCSAFLUSH = 2
TCIFLUSH = 0
TCOFLUSH = 1
TCIOFLUSH = 2
VMIN = 6
VTIME = 5


def _no_tty(fd):
    if not isinstance(fd, int):
        fileno = getattr(fd, 'fileno', None)
        if fileno is None:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = fileno()
    raise error(25, 'Inappropriate ioctl for device')


def tcgetattr(fd):
    _no_tty(fd)


def tcsetattr(fd, when, attributes):
    _no_tty(fd)


def tcsendbreak(fd, duration):
    _no_tty(fd)


def tcdrain(fd):
    _no_tty(fd)


def tcflush(fd, queue):
    _no_tty(fd)


def tcflow(fd, action):
    _no_tty(fd)
