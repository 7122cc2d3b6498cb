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
'\\r\\n' turn each written \\n into that sequence.

BytesIO (Modules/_io/bytesio.c) is a class of the same kind: one bytes
value as its buffer (a write past the end pads with NUL bytes), bytesio.c's
messages ("I/O operation on closed file.", "negative seek value -1", "a
bytes-like object is required, not 'str'"), read/read1/readinto/readline/
readlines/iteration/write/writelines/seek/tell/truncate/getvalue. Its
getbuffer() is a memoryview (format 'B') of a bytearray the BytesIO then
reads from; while such a view lives unreleased, write/truncate/close raise
BufferError as CPython's export count makes them.
"""

__all__ = ['StringIO', 'BytesIO', 'BufferedIOBase', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'IOBase', 'TextIOBase', 'DEFAULT_BUFFER_SIZE', 'open',
           'TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'FileIO',
           'BufferedRandom', 'text_encoding', 'RawIOBase']

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
    if not isinstance(size, int):
        index = getattr(type(size), '__index__', None)
        if index is None:
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        size = index(size)
    # PyNumber_AsSsize_t(obj, PyExc_OverflowError)
    if not -0x8000000000000000 <= size <= 0x7fffffffffffffff:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return size


def _as_index(value):
    """PyNumber_AsSsize_t: an int, or what __index__ gives."""
    if not isinstance(value, int):
        index = getattr(type(value), '__index__', None)
        if index is None:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = index(value)
    # The clinic's Py_ssize_t converter (seek's position, buffer_size).
    if not -0x8000000000000000 <= value <= 0x7fffffffffffffff:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


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
        # _io__IOBase_writelines: _PyIOBase_check_closed reads `closed`.
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        for line in lines:
            self.write(line)

    # _io._IOBase's closed flag and close() (iobase_close: flush, then set
    # __IOBase_closed), for a program's subclass that does not define them
    # (zipfile's _ZipWriteFile, a BufferedIOBase of its own).
    @property
    def closed(self):
        return getattr(self, '_IOBase__closed', False)

    def close(self):
        if not getattr(self, '_IOBase__closed', False):
            try:
                self.flush()
            finally:
                self._IOBase__closed = True


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


try:
    import _gclab
except ImportError:
    _gclab = None


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file gets when none is given ('locale')."""
    return "locale" if encoding is None else encoding


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(file).__name__)
    path = fspath(file)
    if not isinstance(path, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(file).__name__, type(path).__name__))
    return path


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    """Open a file of the simulated file system (_io.open's checks)."""
    fd = None
    if isinstance(file, int) and not isinstance(file, bool):
        # A descriptor of os.open (os.fdopen): the file it has open; the
        # stream's name is the number, and closing it closes the descriptor
        # (closefd).
        import os
        path = os._fd_file(file)[0]
        name = fd = file
    else:
        # _io.open passes PyOS_FSPath(file) on to FileIO, whose name it is.
        path = name = _fspath(file)
    if isinstance(path, bytes):
        path = path.decode('utf-8', 'surrogateescape')
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not "
                        + type(mode).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not "
                        + type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not "
                        + type(errors).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not "
                        + type(newline).__name__)
    if creating + reading + writing + appending == 0:
        # FileIO's own check of the raw mode
        raise ValueError("Must have exactly one of create/read/write/append "
                         "mode and at most one plus")
    how = "x" if creating else "r" if reading else "w" if writing else "a"
    raw_mode = (how + "b") + ("+" if updating else "")
    if creating:
        raw_mode = "xb+" if updating else "xb"
    elif appending:
        raw_mode = "ab+" if updating else "ab"
    elif updating:
        raw_mode = "rb+"
    cls = (BufferedRandom if updating else
           BufferedReader if reading else BufferedWriter)
    # Three objects, made in this order as _io.open makes them: the raw
    # FileIO, the buffered stream over it, the text stream over that.
    raw = FileIO(name, path, how, raw_mode, fd, closefd)
    try:
        buffer = cls._over_file(raw, path, how, updating)
    except:
        raw.close()
        raise
    if binary:
        return buffer
    if encoding is None or encoding == "locale":
        # encoding="locale" (PEP 597, io.text_encoding's answer) is the
        # locale's encoding, as no encoding is: UTF-8 here.
        shown = "UTF-8"
        encoding = "utf-8"
    else:
        shown = encoding
    try:
        return TextIOWrapper(buffer, encoding, errors, newline, _mode=mode, _shown=shown)
    except:
        buffer.close()
        raise


def open_code(path):
    """Open a file for reading as source code (binary)."""
    return open(path, "rb")


class FileIO(_IOBase):
    """The raw file (_io.FileIO): opening it makes, empties or checks the
    file of the simulated file system; a buffered stream stores what it
    holds through it. Closing it (or its death) does not flush anyone: a
    buffered stream whose raw file was closed first loses what it still
    held, as in CPython when a collection finalizes the raw file first."""

    def __init__(self, name, path, how, raw_mode, fd=None, closefd=True):
        self._closed = True
        self._name = name
        self._path = path
        self._mode = raw_mode
        self._fd = fd
        self._closefd = closefd
        if fd is not None:
            pass                        # os.open made or emptied it
        elif how != "r":
            _gclab.fs_write(path, b"", how)
        elif _gclab.fs_kind(path) is None:
            _gclab.fs_read(path)        # FileNotFoundError
        elif _gclab.fs_kind(path) == "dir":
            raise IsADirectoryError(21, "Is a directory", name)
        self._closed = False

    def __repr__(self):
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self._name, self._mode, self._closefd)

    def fileno(self):
        _check_file(self)
        if self._fd is None:
            raise UnsupportedOperation("fileno")
        return self._fd

    @property
    def name(self):
        return self._name

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self._closed

    def _store(self, data):
        _check_file(self)
        _gclab.fs_write(self._path, data, "w")

    def close(self):
        self._release()

    def __del__(self):
        self._release()

    def _release(self):
        if not self._closed and self._fd is not None and self._closefd:
            import os
            os._descriptors.pop(self._fd, None)
        self._closed = True


class _BufferedFile(_IOBase):
    """A buffered stream (Modules/_io/bufferedio.c). Two kinds:

    - over a FileIO of open(): the file's bytes, a position, and the writes
      not yet stored through the raw file (_path is the file's path);
    - over any raw stream a program gives (BufferedWriter(io.BytesIO())):
      _path is None, reads fill _rbuf from raw.read() in chunks of
      buffer_size, writes wait in _wbuf until flush(), a seek, close() or
      more than buffer_size bytes, then go to raw.write() -- so the raw
      stream sees the data when CPython's would."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self._path = None
        self._raw = None
        self._closed = False
        # The kind of the io class a program's subclass (tarfile's
        # ExFileObject) derives from.
        kind = next((c.__name__ for c in type(self).__mro__
                     if c.__name__ in ('BufferedReader', 'BufferedWriter', 'BufferedRandom')),
                    type(self).__name__)
        reading = kind in ('BufferedReader', 'BufferedRandom')
        writing = kind in ('BufferedWriter', 'BufferedRandom')
        if reading and not raw.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        if writing and not raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        if kind == 'BufferedRandom' and not raw.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')
        buffer_size = _as_index(buffer_size)
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self._readable = reading
        self._writable = writing
        self._size = buffer_size
        self._rbuf = b''
        self._wbuf = bytearray()

    @classmethod
    def _over_file(cls, raw, path, how, updating):
        self = object.__new__(cls)
        self._init_file(raw, path, how, updating)
        return self

    def _init_file(self, raw, path, how, updating):
        self._closed = True
        self._raw = raw
        self._name = raw.name
        self._path = path
        self._raw_mode = raw.mode
        self._readable = how == "r" or updating
        self._writable = how != "r" or updating
        self._appending = how == "a"
        self._dirty = 0
        data = _gclab.fs_read(path) if how in ("r", "a") else b""
        self._data = bytearray(data)
        self._pos = len(self._data) if self._appending else 0
        self._closed = False

    def __repr__(self):
        cls = "_io." + type(self).__name__
        if getattr(self, '_path', None) is None:
            try:
                name = self.name
            except AttributeError:
                return "<%s>" % cls
            except ValueError:
                return "<%s>" % cls
            return "<%s name=%r>" % (cls, name)
        name = getattr(self, '_name', None)
        if name is None:
            return "<%s>" % cls
        return "<%s name=%r>" % (cls, name)

    def _attached(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')
        return self._raw

    @property
    def name(self):
        if self._path is None:
            return self._attached().name
        return self._name

    @property
    def mode(self):
        if self._path is None:
            return self._attached().mode
        return self._raw_mode

    @property
    def closed(self):
        if self._path is None:
            return self._attached().closed
        return self._closed

    @property
    def raw(self):
        return self._raw

    def readable(self):
        if self._path is None:
            raw = self._attached()
            return raw.readable() if self._readable else False
        _check_file(self)
        return self._readable

    def writable(self):
        if self._path is None:
            raw = self._attached()
            return raw.writable() if self._writable else False
        _check_file(self)
        return self._writable

    def seekable(self):
        if self._path is None:
            return self._attached().seekable()
        _check_file(self)
        return True

    def _need_read(self):
        if self._path is None:
            self._attached()
        _check_file(self)
        if not self._readable:
            raise UnsupportedOperation("read")

    def _need_write(self):
        if self._path is None:
            self._attached()
        _check_file(self)
        if not self._writable:
            raise UnsupportedOperation("write")

    # ---- over a program's raw stream (_path is None) ----

    def _raw_read(self, n):
        chunk = self._raw.read(n)
        return b'' if chunk is None else bytes(chunk)

    def _undo_read_ahead(self):
        # The raw stream's position is past what was read ahead: go back.
        if self._rbuf:
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''

    def _stream_read(self, size):
        self._flush_stream()
        if size < 0:
            chunks = [self._rbuf]
            self._rbuf = b''
            while True:
                chunk = self._raw_read(self._size)
                if not chunk:
                    return b''.join(chunks)
                chunks.append(chunk)
        while len(self._rbuf) < size:
            chunk = self._raw_read(max(self._size, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        out = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return out

    def _stream_readline(self, size):
        self._flush_stream()
        while b"\n" not in self._rbuf and (size < 0 or len(self._rbuf) < size):
            chunk = self._raw_read(self._size)
            if not chunk:
                break
            self._rbuf += chunk
        i = self._rbuf.find(b"\n")
        end = len(self._rbuf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, size)
        out = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return out

    def _stream_write(self, data):
        self._undo_read_ahead()
        self._wbuf += data
        if len(self._wbuf) > self._size:
            self._flush_stream()
        return len(data)

    def _flush_stream(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self._raw.write(data)

    def read(self, size=-1):
        self._need_read()
        size = _size_arg(size)
        if self._path is None:
            return self._stream_read(size)
        end = len(self._data) if size < 0 else min(len(self._data), self._pos + size)
        out = bytes(self._data[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def read1(self, size=-1):
        if self._path is None:
            self._need_read()
            size = _size_arg(size)
            self._flush_stream()
            if not self._rbuf:
                self._rbuf = self._raw_read(self._size if size < 0 else max(size, 1) if size else 0)
            n = len(self._rbuf) if size < 0 else size
            out = self._rbuf[:n]
            self._rbuf = self._rbuf[n:]
            return out
        return self.read(size)

    def readall(self):
        return self.read()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._need_read()
        size = _size_arg(size)
        if self._path is None:
            return self._stream_readline(size)
        i = self._data.find(b"\n", self._pos)
        end = len(self._data) if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        out = bytes(self._data[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def peek(self, size=0):
        self._need_read()
        if self._path is None:
            self._flush_stream()
            if not self._rbuf:
                self._rbuf = self._raw_read(self._size)
            return self._rbuf
        return bytes(self._data[self._pos:])

    def write(self, b):
        self._need_write()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        if self._path is None:
            return self._stream_write(data)
        if self._appending:
            self._pos = len(self._data)
        if self._pos > len(self._data):
            self._data.extend(bytes(self._pos - len(self._data)))
        self._data[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        self._dirty += len(data) or 0
        if self._dirty >= DEFAULT_BUFFER_SIZE:
            self._flush_data()
        return len(data)

    def _flush_data(self):
        if self._dirty:
            self._raw._store(bytes(self._data))
        self._dirty = 0

    def flush(self):
        if self._path is None:
            self._attached()
        _check_file(self)
        if self._writable:
            if self._path is None:
                self._flush_stream()
                self._raw.flush()
            else:
                self._flush_data()

    def tell(self):
        if self._path is None:
            pos = self._attached().tell() - len(self._rbuf) + len(self._wbuf)
            return max(pos, 0)
        _check_file(self)
        return self._pos

    def seek(self, pos, whence=0):
        if self._path is None:
            self._attached()
            _check_file(self)
            pos = _as_index(pos)
            if whence not in (0, 1, 2):
                raise ValueError("whence value %d unsupported" % whence)
            self._flush_stream()
            if whence == 1:
                pos -= len(self._rbuf)
            self._rbuf = b''
            return self._raw.seek(pos, whence)
        _check_file(self)
        pos = _as_index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError("whence value %d unsupported" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._need_write()
        if self._path is None:
            self._flush_stream()
            if pos is None:
                pos = self.tell()
            self._undo_read_ahead()
            return self._raw.truncate(pos)
        if pos is None:
            pos = self._pos
        del self._data[pos:]
        self._raw._store(bytes(self._data))
        self._dirty = 0
        return pos

    def fileno(self):
        if self._path is None:
            return self._attached().fileno()
        _check_file(self)
        return self._raw.fileno()

    def isatty(self):
        if self._path is None:
            return self._attached().isatty()
        _check_file(self)
        return False

    def close(self):
        if self._path is None:
            raw = self._attached()
            if raw.closed:
                return
            try:
                self._flush_stream()
            finally:
                raw.close()
            return
        if self._closed:
            return
        try:
            if self._writable:
                self._flush_data()
        finally:
            self._closed = True
            self._raw.close()

    def detach(self):
        if self._path is None:
            raw = self._attached()
            self.flush()
            self._raw = None
            return raw
        raise UnsupportedOperation("detach")

    def __iter__(self):
        _check_file(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __del__(self):
        # iobase_finalize: an open file is closed (and flushed) when it
        # dies; an error doing so (its raw file already closed) is silenced.
        if getattr(self, '_path', None) is None:
            if getattr(self, '_raw', None) is not None:
                try:
                    if not self._raw.closed:
                        self.close()
                except Exception:
                    pass
            return
        if not getattr(self, '_closed', True):
            try:
                self.close()
            except Exception:
                pass


def _check_file(f):
    if f.closed:
        raise ValueError("I/O operation on closed file.")


class BufferedReader(_BufferedFile):
    pass


class BufferedWriter(_BufferedFile):
    pass


class BufferedRandom(_BufferedFile):
    pass


_CHUNK_SIZE = 8192


class TextIOWrapper(_TextIOBase):
    """A text stream over a binary file: decodes what it reads, encodes
    what it writes, and translates newlines as CPython's does."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False, *, _mode=None, _shown=None):
        self._buffer = buffer
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
            _shown = _shown or "UTF-8"
        self._encoding = encoding
        self._shown = _shown or self._encoding
        self._errors = errors or "strict"
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        self._newline = newline
        self._mode = _mode
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        # The encoded text not yet written to the buffer (pending_bytes):
        # written on flush, before a read, seek or tell, and once more
        # than _CHUNK_SIZE bytes wait, as textio.c does.
        self._pending = []
        self._pending_count = 0
        "".encode(self._encoding, self._errors)    # LookupError for an unknown codec
        self._text = None
        self._tpos = 0

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        name = getattr(self._buffer, '_name', None)
        if name is not None:
            parts.append(" name=%r" % (name,))
        if self._mode is not None:
            parts.append(" mode=%r" % (self._mode,))
        parts.append(" encoding=%r>" % (self._shown,))
        return "".join(parts)

    @property
    def buffer(self):
        return self._buffer

    @property
    def name(self):
        return self._buffer.name

    @property
    def mode(self):
        # open() sets the attribute `mode` on the TextIOWrapper it makes; one
        # made directly has none (AttributeError, as in CPython).
        if self._mode is None:
            raise AttributeError("'_io.TextIOWrapper' object has no attribute 'mode'")
        return self._mode

    @property
    def encoding(self):
        return self._shown

    @property
    def errors(self):
        return self._errors

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._attached().closed

    def _attached(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        return self._buffer

    def _flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_count = 0
            self._buffer.write(data)

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def _decoded(self):
        if self._text is None:
            self._flush_pending()
            data = self._buffer.read()
            text = data.decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text
            self._tpos = 0
        return self._text

    def _need_read(self):
        _check_file(self)
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._need_read()
        size = _size_arg(size)
        text = self._decoded()
        end = len(text) if size < 0 else min(len(text), self._tpos + size)
        out = text[self._tpos:end]
        self._tpos = end
        return out

    def _line_end(self, text, start):
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", start)
            return len(text) if i < 0 else i + 1
        if nl == "":
            for i in range(start, len(text)):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if text[i + 1:i + 2] == "\n" else i + 1
            return len(text)
        i = text.find(nl, start)
        return len(text) if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._need_read()
        size = _size_arg(size)
        text = self._decoded()
        end = self._line_end(text, self._tpos)
        if size >= 0:
            end = min(end, self._tpos + size)
        out = text[self._tpos:end]
        self._tpos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def write(self, s):
        _check_file(self)
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not "
                            + type(s).__name__)
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        if self._text is not None:
            # Reading decoded ahead: write where the reader stands.
            position = self.tell()
            self._text = None
            self._buffer.seek(position)
        data = text.encode(self._encoding, self._errors)
        if self._pending_count + len(data) > _CHUNK_SIZE:
            self._flush_pending()
        self._pending.append(data)
        self._pending_count += len(data)
        needflush = self._line_buffering and ("\n" in s or "\r" in s)
        if self._pending_count >= _CHUNK_SIZE or needflush or self._write_through:
            self._flush_pending()
        if needflush:
            self._buffer.flush()
        return len(s)

    def flush(self):
        _check_file(self)
        self._flush_pending()
        self._buffer.flush()

    def tell(self):
        _check_file(self)
        self._flush_pending()
        if self._text is None:
            return self._buffer.tell()
        consumed = self._text[:self._tpos].encode(self._encoding, self._errors)
        return self._buffer.tell() - len(self._text.encode(self._encoding, self._errors)) + len(consumed)

    def seek(self, pos, whence=0):
        _check_file(self)
        if whence == 1 and pos != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            pos = self.tell()
        self._flush_pending()
        if self._text is not None and whence != 2:
            self._text = None
        self._text = None
        return self._buffer.seek(pos, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._text = None
        return self._buffer.truncate(pos)

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def detach(self):
        buffer = self._attached()
        self.flush()
        self._buffer = None
        return buffer

    def close(self):
        buffer = self._attached()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def __iter__(self):
        _check_file(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __del__(self):
        buffer = getattr(self, '_buffer', None)
        if buffer is not None and not buffer.closed:
            try:
                self.close()
            except Exception:
                pass


class _BufferedIOBase(_IOBase):
    """Base of the binary streams (_io._BufferedIOBase)."""

    __slots__ = ()

    def detach(self):
        raise UnsupportedOperation('detach')

    # _io._IOBase's defaults, for subclasses that define seek and readline
    # (gzip.GzipFile through _compression.BaseStream).
    def tell(self):
        return self.seek(0, 1)

    def __iter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines


class _RawIOBase(_IOBase):
    """Base of the raw binary streams (_io._RawIOBase with _io._IOBase's
    defaults, as a program's subclass sees them): read() through readinto(),
    readall(), readline(), iteration, close() and the closed flag kept in
    the instance, and the finalizer that closes an open stream when it dies
    (iobase_finalize; errors silenced)."""

    __slots__ = ()

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError

    def readline(self, size=-1):
        size = _size_arg(size)
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    @property
    def closed(self):
        return getattr(self, '_IOBase__closed', False)

    def close(self):
        if not getattr(self, '_IOBase__closed', False):
            try:
                self.flush()
            finally:
                self._IOBase__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass


def _bytes_like(b):
    """The bytes of a bytes-like object (PyObject_GetBuffer's check)."""
    if isinstance(b, bytes):
        return b
    if isinstance(b, (bytearray, memoryview)):
        return bytes(b)
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


def _check_closed_b(f):
    if f._closed:
        raise ValueError('I/O operation on closed file.')


def _released(view):
    # A released memoryview refuses everything but repr (memory_release).
    try:
        view.nbytes
    except ValueError:
        return True
    return False


class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __slots__ = ('_buf', '_pos', '_closed', '_shared', '_views', '__dict__', '__weakref__')

    def __init__(self, initial_bytes=None):
        self._shared = None
        # The views getbuffer() made: a list from the first one (bytesio.c
        # keeps a count; an empty list here would be a GC object it lacks).
        self._views = None
        self._buf = b''
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf = _bytes_like(initial_bytes)

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        _check_closed_b(self)
        if self._shared is not None:
            self._sync()
        return self._buf

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        _check_closed_b(self)
        # bytesio.c's getbuffer: a view of the buffer counted as an export
        # while it lives unreleased; the data written through it is the
        # BytesIO's (read back by _sync once the views are gone).
        shared = self._shared
        if shared is None:
            shared = self._shared = bytearray(self._buf)
        view = memoryview(shared)
        from _weakref import ref
        if self._views is None:
            self._views = []
        self._views.append(ref(view))
        return view

    def _sync(self):
        # The data a view may have changed, and whether a view still exports it.
        self._buf = bytes(self._shared)
        live = [r for r in self._views if r() is not None and not _released(r())]
        self._views = live
        if not live:
            self._shared = None
            return False
        return True

    def _check_exports(self):
        if self._shared is not None and self._sync():
            raise BufferError("Existing exports of data: object cannot be re-sized")

    def _read(self, size):
        if self._shared is not None:
            self._sync()
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def read(self, size=-1):
        """Read at most size bytes, returned as a bytes object (all when size is negative or None)."""
        _check_closed_b(self)
        return self._read(_size_arg(size))

    def read1(self, size=-1):
        """Read at most size bytes (the same as read for BytesIO)."""
        return self.read(size)

    def readinto(self, buffer):
        """Read bytes into buffer; returns the number of bytes read."""
        _check_closed_b(self)
        if not isinstance(buffer, bytearray):
            raise TypeError(f"readinto() argument must be read-write bytes-like object, not {type(buffer).__name__}")
        data = self._read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        """Next line from the file, as a bytes object (at most size bytes when size >= 0)."""
        _check_closed_b(self)
        size = _size_arg(size)
        if self._shared is not None:
            self._sync()
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        limit = len(buf) if size < 0 else min(len(buf), pos + size)
        j = buf.find(b'\n', pos, limit)
        end = limit if j < 0 else j + 1
        self._pos = end
        return buf[pos:end]

    def readlines(self, size=None):
        """The lines of the rest of the stream as a list."""
        _check_closed_b(self)
        hint = _size_arg(size)
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

    def write(self, b):
        """Write bytes to file; returns the number of bytes written."""
        _check_closed_b(self)
        self._check_exports()
        data = _bytes_like(b)
        n = len(data)
        if n:
            buf = self._buf
            pos = self._pos
            if pos > len(buf):
                buf = buf + b'\0' * (pos - len(buf))
            self._buf = buf[:pos] + data + buf[pos + n:]
            self._pos = pos + n
        return n

    def writelines(self, lines):
        _check_closed_b(self)
        for line in lines:
            self.write(line)

    def tell(self):
        """Current file position, an integer."""
        _check_closed_b(self)
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position (whence: 0 start, 1 current, 2 end); returns the new position."""
        _check_closed_b(self)
        pos = _as_index(pos)
        whence = _as_index(whence)
        if pos < 0 and whence == 0:
            raise ValueError(f'negative seek value {pos}')
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            if self._shared is not None:
                self._sync()
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0:
            pos = 0
        self._pos = pos
        return pos

    def truncate(self, size=None):
        """Truncate the file to at most size bytes (the current position by default)."""
        _check_closed_b(self)
        self._check_exports()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError(f'negative size value {size}')
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def readable(self):
        _check_closed_b(self)
        return True

    def writable(self):
        _check_closed_b(self)
        return True

    def seekable(self):
        _check_closed_b(self)
        return True

    def isatty(self):
        _check_closed_b(self)
        return False

    def flush(self):
        _check_closed_b(self)

    def close(self):
        """Disable all I/O operations."""
        self._check_exports()
        self._closed = True
        self._buf = b''

    @property
    def closed(self):
        return self._closed

    def __iter__(self):
        _check_closed_b(self)
        return self

    def __next__(self):
        _check_closed_b(self)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


for _cls in (_IOBase, _TextIOBase, StringIO, FileIO, _BufferedFile, BufferedReader,
             BufferedWriter, BufferedRandom, TextIOWrapper, _BufferedIOBase, _RawIOBase, BytesIO):
    _cls.__module__ = '_io'
del _cls

IOBase = _IOBase
TextIOBase = _TextIOBase
BufferedIOBase = _BufferedIOBase
RawIOBase = _RawIOBase
