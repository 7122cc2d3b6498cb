"""io for gclab: StringIO and the names programs reach (UnsupportedOperation,
SEEK_SET/SEEK_CUR/SEEK_END, the base classes).

CPython's StringIO is C (Modules/_io/stringio.c); here it is a class that
shows CPython's observable behaviour: its repr and type say `_io.StringIO`,
instances have a __dict__ and are weakly referenceable and GC-tracked, the
text lives in one str (a write past the end pads with NUL characters), and
every error has stringio.c's type and message (a closed StringIO raises
ValueError "I/O operation on closed file"). The newline argument works as
in CPython: None translates \\r and \\r\\n to \\n on write and records the
kinds seen in `newlines`; '' and '\\n' keep the text as written; '\\r' and
'\\r\\n' turn each written \\n into that sequence. BytesIO is not here yet.
"""

__all__ = ['StringIO', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'IOBase', 'TextIOBase', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _check_closed(f):
    if f._closed:
        raise ValueError('I/O operation on closed file')


def _size_arg(size):
    """_Py_convert_optional_to_ssize_t: None or an integer (-1 for None)."""
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    index = getattr(type(size), '__index__', None)
    if index is None:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return index(size)


def _as_index(value):
    """PyNumber_AsSsize_t: an int, or what __index__ gives."""
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


class _IOBase:
    """The root of the io classes (_io._IOBase)."""

    __slots__ = ()

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *args):
        self.close()

    def isatty(self):
        _check_closed(self)
        return False

    def flush(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def writelines(self, lines):
        _check_closed(self)
        for line in lines:
            self.write(line)


class _TextIOBase(_IOBase):
    """Base of the text streams (_io._TextIOBase)."""

    __slots__ = ()

    def detach(self):
        raise UnsupportedOperation('detach')


_NEWLINE_KINDS = (None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'),
                  ('\n', '\r\n'), ('\r', '\n', '\r\n'))


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    # The C object's fields; instances still get a __dict__ and weakrefs.
    __slots__ = ('_newline', '_seen', '_buf', '_pos', '_closed', '__dict__', '__weakref__')

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        self._newline = newline
        self._seen = 0
        self._buf = ''
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _translate(self, s):
        newline = self._newline
        if newline is None:
            # The universal-newlines decoder: record the kinds seen, write \n.
            crlf = s.count('\r\n')
            if crlf:
                self._seen |= 4
            if s.count('\r') > crlf:
                self._seen |= 1
            if s.count('\n') > crlf:
                self._seen |= 2
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            return s
        if newline in ('\r', '\r\n') and '\n' in s:
            return s.replace('\n', newline)
        return s

    def _write(self, s):
        s = self._translate(s)
        buf = self._buf
        pos = self._pos
        n = len(buf)
        if pos == n:
            self._buf = buf + s
        elif pos > n:
            self._buf = buf + '\0' * (pos - n) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)

    def write(self, s):
        """Write string to file; returns the number of characters written."""
        _check_closed(self)
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if n:
            self._write(s)
        return n

    def read(self, size=-1):
        """Read at most size characters, returned as a string (all when size
        is negative or None)."""
        _check_closed(self)
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return ''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, start, limit):
        buf = self._buf
        newline = self._newline
        if newline == '':
            i = start
            while i < limit:
                ch = buf[i]
                if ch == '\n':
                    return i + 1
                if ch == '\r':
                    if i + 1 < len(buf) and buf[i + 1] == '\n' and i + 1 < limit:
                        return i + 2
                    return i + 1
                i += 1
            return limit
        sep = '\n' if newline is None or newline == '\n' else newline
        j = buf.find(sep, start, limit)
        if j < 0:
            return limit
        return min(j + len(sep), limit)

    def readline(self, size=-1):
        """Read until newline or EOF (at most size characters when size >= 0)."""
        _check_closed(self)
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return ''
        limit = len(buf) if size < 0 else min(len(buf), pos + size)
        end = self._line_end(pos, limit)
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        """The lines of the rest of the stream as a list."""
        _check_closed(self)
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        _check_closed(self)
        return self._buf

    def tell(self):
        """Tell the current file position."""
        _check_closed(self)
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position (whence: 0 start, 1 current, 2 end)."""
        _check_closed(self)
        pos = _as_index(pos)
        whence = _as_index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0 and whence == 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._buf)
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        """Truncate size to pos (the current position by default); returns the new size."""
        _check_closed(self)
        if pos is None:
            pos = self._pos
        else:
            pos = _size_arg(pos)
            if pos < 0:
                raise ValueError(f'Negative size value {pos}')
        if pos < len(self._buf):
            self._buf = self._buf[:pos]
        return pos

    def readable(self):
        _check_closed(self)
        return True

    def writable(self):
        _check_closed(self)
        return True

    def seekable(self):
        _check_closed(self)
        return True

    def close(self):
        """Close the IO object; later operations raise ValueError."""
        self._closed = True
        self._buf = ''

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        _check_closed(self)
        return False

    @property
    def newlines(self):
        _check_closed(self)
        if self._newline is not None:
            return None
        return _NEWLINE_KINDS[self._seen]

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def __iter__(self):
        _check_closed(self)
        return self

    def __next__(self):
        _check_closed(self)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


for _cls in (_IOBase, _TextIOBase, StringIO):
    _cls.__module__ = '_io'
del _cls

IOBase = _IOBase
TextIOBase = _TextIOBase
