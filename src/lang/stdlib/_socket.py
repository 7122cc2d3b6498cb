"""_socket for gclab: Modules/socketmodule.c without a network.

gclab's process has no network. What it has is the part of sockets a
program uses inside one process: socket.socketpair(), a pair of connected
AF_UNIX stream sockets (asyncio's event loop wakes itself through one, as
CPython's does), with send/recv/sendall/recv_into, blocking, non-blocking
(BlockingIOError) and timeouts (TimeoutError after the simulated clock
moved by the timeout), shutdown and close. A socket of any family can be
made; connecting, binding, listening, accepting and name resolution raise
NotImplementedError ("gclab: no network").

File descriptors are numbered as the kernel does (the lowest free number,
from 3: 0-2 are the standard streams); select.epoll objects take theirs
from the same table (_fd_alloc), so the numbers a program prints match
python3's when it opens nothing else.

Invariants: _fd_table maps every open descriptor to what owns it (a
kind string, never the object: a socket holds no reference to its peer
or to itself, as the kernel's tables are outside CPython's heap, so
sockets die by reference counting and never form a cycle). A stream's
state lives in tables keyed by descriptor: _peer_fd (the connected end,
-1 after it closed), _inbox (bytes sent to it not yet read, a bytearray,
which is no GC object), _shut_rd/_shut_wr. A socket's _fd is -1 once
closed or detached. A blocking recv on an empty socket
whose peer is open would wait forever in CPython; here it is a
RuntimeError (a deadlock), as asyncio's simulated wait is.
"""

import time as _time
import _gclab

AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOCK_RDM = 4
SOCK_SEQPACKET = 5
SOCK_NONBLOCK = 2048
SOCK_CLOEXEC = 524288
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_KEEPALIVE = 9
SO_ERROR = 4
SO_TYPE = 3
SO_SNDBUF = 7
SO_RCVBUF = 8
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
MSG_PEEK = 2
MSG_DONTWAIT = 64
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_NS = 1000000000
_fd_table = {}


_peer_fd = {}
_fd_family = {}
_fd_type = {}
_fd_proto = {}
# select.epoll's interest lists: (epfd << 32 | fd) -> event mask.
_epoll_interest = {}
_inbox = {}
_shut_rd = {}
_shut_wr = {}


def _fd_alloc(kind):
    """The lowest free descriptor from 3, now owned by a `kind`."""
    fd = 3
    while fd in _fd_table:
        fd += 1
    _fd_table[fd] = kind
    return fd


def _fd_free(fd):
    _fd_table.pop(fd, None)
    peer = _peer_fd.pop(fd, -1)
    _inbox.pop(fd, None)
    _fd_family.pop(fd, None)
    _fd_type.pop(fd, None)
    _fd_proto.pop(fd, None)
    _shut_rd.pop(fd, None)
    _shut_wr.pop(fd, None)
    if peer != -1 and peer in _peer_fd:
        # The other end is gone: its reads drain what was sent, then see EOF.
        _peer_fd[peer] = -1
    # A closed descriptor leaves every epoll interest list (its own, if it
    # was an epoll, goes too).
    if _epoll_interest:
        for key in [k for k in _epoll_interest if k & 0xffffffff == fd or k >> 32 == fd]:
            del _epoll_interest[key]


def _no_network(what):
    raise NotImplementedError("gclab: no network (socket.%s)" % what)


def _index(value):
    # PyNumber_AsSsize_t's TypeError for a non-integer.
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return index(value)


def _buffer(data):
    # Argument Clinic's Py_buffer conversion.
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ebadf():
    return OSError(9, 'Bad file descriptor')


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _timeout_arg(timeout)


def _timeout_arg(value):
    if value is None:
        return None
    try:
        value = float(value)
    except TypeError:
        raise TypeError("Timeout value must be int, float or None") from None
    if value != value:
        raise ValueError("Invalid value NaN (not a number)")
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object

    Open a socket of the given type.  The family argument specifies the
    address family; it defaults to AF_INET.  The type argument specifies
    whether this is a stream (SOCK_STREAM, this is the default)
    or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,
    specifying the default protocol.  Keyword arguments are accepted.
    The socket is created as non-inheritable.
    """

    __slots__ = ('_fd', '_family', '_type', '_proto', '_timeout')

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            # Adopt an open descriptor (socket.socketpair()'s detach and
            # re-wrap); what was not given is asked of it, as sock_initobj's
            # getsockopt(SO_DOMAIN/SO_TYPE/SO_PROTOCOL) does.
            fd = _index(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            if _fd_table.get(fd) != 'socket':
                raise OSError(9, 'Bad file descriptor')
            self._family = _fd_family[fd] if family == -1 else family
            self._type = _fd_type[fd] if type == -1 else type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
            self._proto = _fd_proto[fd] if proto == -1 else proto
            self._timeout = _default_timeout
            self._fd = fd
            return
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if family not in (AF_UNIX, AF_INET, AF_INET6):
            raise OSError(97, 'Address family not supported by protocol')
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        self._timeout = 0.0 if type & SOCK_NONBLOCK else _default_timeout
        fd = _fd_alloc('socket')
        _fd_family[fd] = family
        _fd_type[fd] = self._type
        _fd_proto[fd] = proto
        _peer_fd[fd] = -1
        _inbox[fd] = bytearray()
        _shut_rd[fd] = False
        _shut_wr[fd] = False
        self._fd = fd

    @property
    def family(self):
        """the socket family"""
        return self._family

    @property
    def type(self):
        """the socket type"""
        return self._type

    @property
    def proto(self):
        """the socket protocol"""
        return self._proto

    @property
    def timeout(self):
        """the socket timeout"""
        return self._timeout

    def fileno(self):
        return self._fd

    def close(self):
        fd = self._fd
        if fd != -1:
            self._fd = -1
            _fd_free(fd)

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def _check_open(self):
        if self._fd == -1:
            raise _ebadf()

    def setblocking(self, flag):
        self._check_open()
        self._timeout = None if flag else 0.0

    def getblocking(self):
        self._check_open()
        return self._timeout != 0.0

    def settimeout(self, value):
        self._check_open()
        self._timeout = _timeout_arg(value)

    def gettimeout(self):
        return self._timeout

    def _wait_readable(self):
        # Called with nothing to read and the peer open.
        timeout = self._timeout
        if timeout == 0.0:
            raise BlockingIOError(11, 'Resource temporarily unavailable')
        if timeout is None:
            raise RuntimeError(
                "gclab: recv() would wait forever: nothing was sent to this "
                "socket and no other thread can send while it waits")
        ns = -int(-timeout * _NS // 1)
        _time._advance_to(_time.monotonic_ns() + ns)
        raise TimeoutError('timed out')

    def recv(self, bufsize, flags=0):
        bufsize = _index(bufsize)
        self._check_open()
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        fd = self._fd
        inbox = _inbox[fd]
        if not inbox:
            if _shut_rd[fd] or _peer_fd[fd] == -1:
                return b''
            self._wait_readable()
        data = bytes(inbox[:bufsize])
        if not flags & MSG_PEEK:
            del inbox[:bufsize]
        return data

    def recv_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = len(view)
        if len(view) < nbytes:
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes, flags)
        view[:len(data)] = data
        return len(data)

    def send(self, data, flags=0):
        data = _buffer(data)
        self._check_open()
        peer = _peer_fd[self._fd]
        if _shut_wr[self._fd] or peer == -1:
            raise BrokenPipeError(32, 'Broken pipe')
        _inbox[peer] += data
        return len(data)

    def sendall(self, data, flags=0):
        self.send(data, flags)

    def shutdown(self, how):
        self._check_open()
        if how not in (SHUT_RD, SHUT_WR, SHUT_RDWR):
            raise OSError(22, 'Invalid argument')
        fd = self._fd
        peer = _peer_fd[fd]
        if peer == -1 and self._family != AF_UNIX:
            raise OSError(107, 'Transport endpoint is not connected')
        if how != SHUT_WR:
            _shut_rd[fd] = True
        if how != SHUT_RD:
            _shut_wr[fd] = True
            if peer != -1:
                _shut_rd[peer] = True

    def getsockname(self):
        self._check_open()
        if self._family == AF_UNIX:
            return ''
        # Not bound: the kernel's wildcard address.
        if self._family == AF_INET6:
            return ('::', 0, 0, 0)
        return ('0.0.0.0', 0)

    def getpeername(self):
        self._check_open()
        if self._family == AF_UNIX and _peer_fd[self._fd] != -1:
            return ''
        raise OSError(107, 'Transport endpoint is not connected')

    def setsockopt(self, level, optname, value, optlen=None):
        self._check_open()

    def getsockopt(self, level, optname, buflen=None):
        self._check_open()
        if level == SOL_SOCKET and optname == SO_TYPE:
            return self._type
        return 0

    def bind(self, address):
        _no_network('bind')

    def listen(self, backlog=None):
        _no_network('listen')

    def connect(self, address):
        _no_network('connect')

    def connect_ex(self, address):
        _no_network('connect_ex')

    def _accept(self):
        _no_network('accept')

    def sendto(self, *args):
        _no_network('sendto')

    def recvfrom(self, *args):
        _no_network('recvfrom')

    def recvfrom_into(self, *args):
        _no_network('recvfrom_into')

    def __repr__(self):
        return '<socket object, fd=%d, family=%d, type=%d, proto=%d>' % (
            self._fd, self._family, self._type, self._proto)

    def __del__(self):
        # sock_finalize: an open socket closes itself (ResourceWarning, off
        # by default, is not shown).
        if self._fd != -1:
            self.close()


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a = socket(family, type, proto)
    b = socket(family, type, proto)
    _peer_fd[a._fd] = b._fd
    _peer_fd[b._fd] = a._fd
    return a, b


def _readable(fd):
    """select/epoll: would a read of fd not block (data, EOF or shut down)?"""
    return bool(_inbox[fd]) or _shut_rd[fd] or _peer_fd[fd] == -1


def _writable(fd):
    return True


def dup(fd):
    _no_network('dup')


def getaddrinfo(*args, **kwargs):
    _no_network('getaddrinfo')


def gethostname():
    return 'gclab'


def gethostbyname(name):
    _no_network('gethostbyname')


def getfqdn(name=''):
    return 'gclab'


def inet_aton(addr):
    parts = addr.split('.')
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError('illegal IP address string passed to inet_aton')
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    packed = bytes(packed)
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return '.'.join(str(b) for b in packed)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl


_gclab.without_gc(socket)
