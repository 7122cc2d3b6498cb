"""pickle for gclab: serializing Python objects to bytes and back, written
after CPython 3.11's Modules/_pickle.c (which pickle.py re-exports), so
dumps() writes the bytes the C pickler writes.

Protocols 0 to 5 (DEFAULT_PROTOCOL 4). The pickler:
  - writes None, bools, ints (BININT1/BININT2/BININT, LONG1/LONG4; the
    text INT and LONG of protocol 0, INT for bools and LONG for big ints
    before protocol 2), floats (BINFLOAT; FLOAT's repr in protocol 0),
    str (BINUNICODE; UNICODE's raw-unicode-escape in protocol 0) and
    bytes, tuples, lists, dicts, sets and frozensets with their own
    opcodes, in batches of 1000 items from protocol 1 (protocol 0 writes
    one APPEND or SETITEM per item);
  - memoizes every object it writes except None, bools, ints, floats and
    the empty tuple, and writes a second reference as a memo get (PUT and
    GET with a decimal index in protocol 0);
  - writes classes, functions and builtins by name (STACK_GLOBAL from
    protocol 4, GLOBAL before, with Python 2's names before protocol 3:
    _compat_pickle's tables), after checking that the name finds the
    same object;
  - reduces anything else through copyreg.dispatch_table or
    __reduce_ex__(protocol): a class's own __reduce_ex__/__reduce__, or
    object's (reduce_newobj: NEWOBJ/NEWOBJ_EX of __getnewargs_ex__ or
    __getnewargs__, __getstate__, a list's items, a dict's items; before
    protocol 2, copyreg._reduce_ex: copyreg._reconstructor and the
    instance's state);
  - from protocol 4 groups its output in frames (FRAME) of about 64 KiB.
The unpickler reads what the pickler writes (and the other binary opcodes
of protocols 1 to 5); bytes before protocol 3 are a call of
_codecs.encode(text, 'latin1'), as CPython writes them. Not simulated: the
Python 2 opcodes no Python 3 pickler writes (STRING, BINSTRING,
SHORT_BINSTRING, INST, OBJ) and persistent ids.
"""

import sys
from copyreg import dispatch_table, __newobj__, __newobj_ex__
from copy import _newobj_args, _check_default_state, _reduce_target
from struct import pack as _pack, unpack as _unpack
import io as _io
from _gclab import recursive_call as _recursive_call

_PICKLING = ' while pickling an object'

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# The C module's classes are what pickle's names are bound to.
PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Stands for pickle.PickleBuffer; out-of-band buffers are not simulated."""

    def __init__(self, buffer):
        raise TypeError("gclab: pickle.PickleBuffer (out-of-band data) is not simulated")


# Opcodes (Lib/pickletools.py documents each).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
BININT = b'J'
FLOAT = b'F'
INT = b'I'
LONG = b'L'
PERSID = b'P'
BINPERSID = b'Q'
UNICODE = b'V'
GET = b'g'
PUT = b'p'
TRUE = b'I01\n'
FALSE = b'I00\n'
BININT1 = b'K'
BININT2 = b'M'
NONE = b'N'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
INST = b'i'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
BINGET = b'h'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# As pickle.py: every opcode name is public (pickletools checks the set).
__all__.extend([x for x in dir() if x[:1].isupper() and x.replace('_', '').isalnum() and x.isupper()])


def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string.
    Note that 0 is a special case, returning an empty string, to save a
    byte in the LONG1 pickling context (pickle.py's).
    """
    if x == 0:
        return b''
    return _encode_long(x)


def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string
    (pickle.py's)."""
    return int.from_bytes(data, byteorder='little', signed=True)

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_NoneType = type(None)
_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)
_atoms = (type(None), bool, int, float)


def _memo_key(obj):
    # The memo is keyed by identity (id); gclab's str values have no
    # identity of their own, so an equal str is the same memo entry (as
    # CPython's interned strings, names and literals, are).
    return obj if type(obj) is str else id(obj)


def _raw_unicode_escape(text):
    """raw_unicode_escape of _pickle.c: UNICODE's payload. Characters from
    U+0100, and backslash, NUL, newline, carriage return and U+001A, become
    \\uXXXX (\\UXXXXXXXX from U+10000); the rest are one latin-1 byte."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out += b'\\U%08x' % code
        elif code >= 256 or code in (0x5c, 0, 0x0a, 0x0d, 0x1a):
            out += b'\\u%04x' % code
        else:
            out.append(code)
    return bytes(out)


def _raw_unicode_unescape(data):
    """The raw-unicode-escape codec's decoding (UNICODE's payload): \\uXXXX
    and \\UXXXXXXXX after an odd number of backslashes are characters, every
    other byte is its latin-1 character."""
    chars = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5c:
            # count the run of backslashes: only the last one of an odd run escapes
            j = i
            while j < n and data[j] == 0x5c:
                j += 1
            run = j - i
            chars.append('\\' * (run - 1))
            i = j - 1
            if run % 2 == 1 and i + 1 < n and data[i + 1] in (0x75, 0x55):
                width = 4 if data[i + 1] == 0x75 else 8
                digits = data[i + 2:i + 2 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, n,
                                             'truncated \\uXXXX escape' if width == 4
                                             else 'truncated \\UXXXXXXXX escape')
                try:
                    code = int(digits.decode('ascii'), 16)
                except ValueError:
                    raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, i + 2 + width,
                                             'truncated \\uXXXX escape' if width == 4
                                             else 'truncated \\UXXXXXXXX escape') from None
                if code > 0x10ffff:
                    raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, i + 2 + width,
                                             '\\Uxxxxxxxx out of range')
                chars.append(chr(code))
                i += 2 + width
            else:
                chars.append('\\')
                i += 1
        else:
            chars.append(chr(c))
            i += 1
    return ''.join(chars)


def _encode_long(x):
    """save_long's LONG1/LONG4 payload: little-endian two's complement in
    (bits // 8) + 1 bytes, one fewer when a negative number's top byte is
    only sign."""
    nbytes = (abs(x).bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _dotted_path(name):
    """get_dotted_path: a qualified name's parts; a '<locals>' part cannot
    be looked up."""
    parts = name.split('.')
    for part in parts:
        if part == '<locals>':
            raise AttributeError("Can't pickle local object %r" % (name,))
    return parts


def _which_module(obj, parts):
    """whichmodule: the object's __module__, else the module of sys.modules
    where the dotted path finds it, else '__main__'."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module is None:
            continue
        try:
            if _deep_attribute(module, parts) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _deep_attribute(obj, parts):
    for part in parts:
        obj = getattr(obj, part)
    return obj


class Pickler:
    """Writes a pickle of objects to a binary file (an object with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports
        self.memo = {}
        self._out = []
        self._framing = False
        self._frame_start = -1
        self._frame_size = 0

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj: PROTO, the object, STOP, in frames from protocol 4."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (type(self).__name__,))
        self._out = []
        if self.proto >= 2:
            self._write(PROTO + bytes([self.proto]))
        self._framing = self.proto >= 4
        self.save(obj)
        self._write(STOP)
        self._commit_frame()
        self._framing = False
        data = b''.join(self._out)
        self._out = []
        self._file_write(data)

    # -- output and framing (_Pickler_Write, _Pickler_CommitFrame) --------

    def _write(self, data):
        # A frame starts at the first write after the last one ended.
        if self._framing and self._frame_start < 0:
            self._frame_start = len(self._out)
            self._frame_size = 0
            self._out.append(None)      # the FRAME header, once the size is known
        self._out.append(data)
        self._frame_size += len(data)

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        self._frame_start = -1
        size = self._frame_size
        self._out[start] = FRAME + _pack('<Q', size) if size >= _FRAME_SIZE_MIN else b''

    def _opcode_boundary(self):
        # _Pickler_OpcodeBoundary: a frame of 64 KiB or more ends here.
        if self._frame_start >= 0 and self._frame_size >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def _write_large(self, header, payload):
        # _Pickler_write_bytes: a payload of a frame's size or more ends the
        # frame and goes, with its header, outside any frame.
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._framing = False
            self._write(header)
            self._write(payload)
            self._framing = True
        else:
            self._write(header)
            self._write(payload)

    # -- the memo ------------------------------------------------------------

    def _memoize(self, obj, key=None):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(PUT + b'%d\n' % idx)
        elif idx < 256:
            self._write(BINPUT + bytes([idx]))
        else:
            self._write(LONG_BINPUT + _pack('<I', idx))
        self.memo[_memo_key(obj) if key is None else key] = (idx, obj)

    def _get(self, idx):
        if not self.bin:
            self._write(GET + b'%d\n' % idx)
        elif idx < 256:
            self._write(BINGET + bytes([idx]))
        else:
            self._write(LONG_BINGET + _pack('<I', idx))

    # -- save: the dispatch of _pickle.c's save() ------------------------------

    def save(self, obj, save_persistent_id=True):
        # save() runs inside a Py_EnterRecursiveCall(" while pickling an object").
        _recursive_call(_PICKLING, self._save, obj, save_persistent_id)

    def _save(self, obj, save_persistent_id):
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                raise PicklingError("gclab: persistent ids are not simulated")
        t = type(obj)
        if obj is None:
            self._write(NONE)
        elif obj is True or obj is False:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
        elif t is int:
            self._save_long(obj)
        elif t is float:
            if self.bin:
                self._write(BINFLOAT + _pack('>d', obj))
            else:
                self._write(FLOAT + float.__repr__(obj).encode('ascii') + b'\n')
        else:
            x = self.memo.get(_memo_key(obj))
            if x is not None:
                self._get(x[0])
            else:
                self._save_object(obj, t)
        self._opcode_boundary()

    def persistent_id(self, obj):
        return None

    def _save_object(self, obj, t):
        if t is bytes:
            self._save_bytes(obj)
        elif t is str:
            self._save_str(obj)
        elif t is dict:
            # _save_dict, inline.
            self._write(EMPTY_DICT if self.bin else MARK + DICT)
            self._memoize(obj)
            if obj and self.proto > 0:
                _recursive_call(_PICKLING, self._save_dict_items, obj)
            elif obj:
                # Protocol 0: PyObject_CallMethod(obj, "items"), a checked
                # call of a METH_NOARGS method, then batch_dict's entry.
                items = _recursive_call(' while calling a Python object', obj.items)
                _recursive_call(_PICKLING, self._batch_setitems, iter(items))
        elif t is set:
            self._save_set(obj)
        elif t is frozenset:
            self._save_frozenset(obj)
        elif t is list:
            # _save_list, inline (one frame less per level: the host's stack).
            self._write(EMPTY_LIST if self.bin else MARK + LIST)
            self._memoize(obj)
            if obj:
                _recursive_call(_PICKLING, self._save_list_items, obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is bytearray and self.proto >= 5:
            self._write_large(BYTEARRAY8 + _pack('<Q', len(obj)), bytes(obj))
            self._memoize(obj)
        elif t is bytearray:
            # save_bytearray before protocol 5: bytearray(bytes(obj)).
            self._save_reduce(obj, (bytearray, (bytes(obj),)) if obj else (bytearray, ()))
        elif t is type:
            self._save_type(obj)
        elif t is _FunctionType:
            self._save_global(obj)
        else:
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self._save_global(obj)
                return
            elif t is _BuiltinFunctionType:
                owner = getattr(obj, '__self__', None)
                if owner is None or isinstance(owner, type(sys)):
                    self._save_global(obj)
                    return
                # A builtin method bound to an object: getattr(obj, name).
                rv = (getattr, (owner, obj.__name__))
            else:
                rv = _reduce_ex(obj, self.proto)
            if isinstance(rv, str):
                self._save_global(obj, rv)
                return
            if not isinstance(rv, tuple):
                raise PicklingError("__reduce__ must return a string or tuple")
            self._save_reduce(obj, rv)

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff and not self.bin:
            self._write(INT + b'%d\n' % obj)
        elif 0 <= obj < 0x100:
            self._write(BININT1 + bytes([obj]))
        elif 0 <= obj < 0x10000:
            self._write(BININT2 + _pack('<H', obj))
        elif -0x80000000 <= obj <= 0x7fffffff:
            self._write(BININT + _pack('<i', obj))
        elif self.proto < 2:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')
        else:
            data = _encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes([len(data)]) + data)
            else:
                self._write(LONG4 + _pack('<i', len(data)) + data)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self._save_reduce(obj, (bytes, ()))
                return
            # save_bytes: Python 2's str, as _codecs.encode(text, 'latin1').
            from _codecs import encode
            self._save_reduce(obj, (encode, (obj.decode('latin-1'), 'latin1')))
            return
        n = len(obj)
        if n < 256:
            self._write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n <= 0xffffffff:
            self._write_large(BINBYTES + _pack('<I', n), obj)
        else:
            self._write_large(BINBYTES8 + _pack('<Q', n), obj)
        self._memoize(obj)

    def _save_str(self, obj, key=None):
        if not self.bin:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
            self._memoize(obj, key)
            return
        encoded = obj.encode('utf-8')
        n = len(encoded)
        if n < 256 and self.proto >= 4:
            self._write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n <= 0xffffffff:
            self._write_large(BINUNICODE + _pack('<I', n), encoded)
        else:
            self._write_large(BINUNICODE8 + _pack('<Q', n), encoded)
        self._memoize(obj, key)

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.proto >= 1 else MARK + TUPLE)
            return
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            # A tuple that contains itself was memoized while its items were written.
            x = memo.get(_memo_key(obj))
            if x is not None:
                self._write(POP * n)
                self._get(x[0])
            else:
                self._write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self._memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        x = memo.get(_memo_key(obj))
        if x is not None:
            # Protocol 0 has no POP_MARK: one POP per item and one for the MARK.
            self._write(POP_MARK if self.bin else POP * (n + 1))
            self._get(x[0])
        else:
            self._write(TUPLE)
            self._memoize(obj)

    def _save_list_items(self, obj):
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        if len(obj) == 1:
            _recursive_call(_PICKLING, self._save, obj[0], True)
            self._write(APPEND)
            return
        total = 0
        while total < len(obj):
            self._write(MARK)
            batch = 0
            while total < len(obj):
                _recursive_call(_PICKLING, self._save, obj[total], True)
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._write(APPENDS)

    def _save_dict_items(self, obj):
        if len(obj) == 1 and self.bin:
            for k, v in obj.items():
                _recursive_call(_PICKLING, self._save, k, True)
                _recursive_call(_PICKLING, self._save, v, True)
            self._write(SETITEM)
            return
        self._batch_setitems(iter(obj.items()))

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce(obj, (set, (list(obj),)))
            return
        self._write(EMPTY_SET)
        self._memoize(obj)
        items = iter(obj)
        while True:
            batch = [item for _, item in zip(range(_BATCHSIZE), items)]
            if not batch:
                break
            self._write(MARK)
            for item in batch:
                self.save(item)
            self._write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                break

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce(obj, (frozenset, (list(obj),)))
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(_memo_key(obj))
        if x is not None:
            self._write(POP_MARK)
            self._get(x[0])
        else:
            self._write(FROZENSET)
            self._memoize(obj)

    def _save_type(self, obj):
        if obj is _NoneType:
            return self._save_reduce(obj, (type, (None,)))
        if obj is type(NotImplemented):
            return self._save_reduce(obj, (type, (NotImplemented,)))
        if obj is type(...):
            return self._save_reduce(obj, (type, (...,)))
        self._save_global(obj)

    def _save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        parts = _dotted_path(name)
        module_name = _which_module(obj, parts)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found = _deep_attribute(module, parts)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self._save_module_name(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif len(parts) > 1:
            parent = _deep_attribute(module, parts[:-1])
            self._save_reduce(obj, (getattr, (parent, parts[-1])))
            return
        else:
            if self.proto < 3 and self.fix_imports:
                # fix_imports: Python 2's names (_compat_pickle's reverse mappings).
                import _compat_pickle
                mapped = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
                if mapped is not None:
                    module_name, name = mapped
                else:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name, module_name)
            self._write(GLOBAL + module_name.encode('utf-8') + b'\n' +
                        name.encode('utf-8') + b'\n')
        self._memoize(obj)

    def _save_module_name(self, module_name):
        # A module's name is one str object for all its classes and
        # functions (their __module__), not the same object as an equal
        # qualified name: its memo entry is its own.
        key = (_ModuleName, module_name)
        x = self.memo.get(key)
        if x is not None:
            self._get(x[0])
            return
        self._save_str(module_name, key)
        self._opcode_boundary()

    def _save_reduce(self, obj, rv):
        """save_reduce: a reduce value (callable, args[, state[, listitems[,
        dictitems[, state_setter]]]])."""
        n = len(rv)
        if not 2 <= n <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func, args = rv[0], rv[1]
        state = rv[2] if n > 2 else None
        listitems = rv[3] if n > 3 else None
        dictitems = rv[4] if n > 4 else None
        state_setter = rv[5] if n > 5 else None
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        func_name = getattr(func, '__name__', '')
        if self.proto >= 4 and func_name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d"
                                    % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s"
                                    % type(cls).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be %s, not %s"
                                    % (type(obj).__name__, cls.__name__))
            self.save(cls)
            self.save(cargs)
            self.save(kwargs)
            self._write(NEWOBJ_EX)
        elif self.proto >= 2 and func_name == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            x = self.memo.get(_memo_key(obj))
            if x is not None:
                # Written already while its arguments were: use that one.
                self._write(POP)
                self._get(x[0])
                return
            self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2)
                self._write(REDUCE)
                self._write(POP)

    def _batch_appends(self, items):
        # batch_list: one item is an APPEND, more go in MARK ... APPENDS batches
        # (protocol 0: an APPEND after each item).
        if not self.bin:
            for item in items:
                _recursive_call(_PICKLING, self._save, item, True)
                self._write(APPEND)
            return
        while True:
            first = next(items, _missing)
            if first is _missing:
                return
            second = next(items, _missing)
            if second is _missing:
                _recursive_call(_PICKLING, self._save, first, True)
                self._write(APPEND)
                return
            self._write(MARK)
            _recursive_call(_PICKLING, self._save, first, True)
            n = 1
            item = second
            while item is not _missing:
                _recursive_call(_PICKLING, self._save, item, True)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, _missing)
            self._write(APPENDS)
            if n != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        # batch_dict: one pair is a SETITEM, more go in MARK ... SETITEMS batches
        # (protocol 0: a SETITEM after each pair).
        if not self.bin:
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                _recursive_call(_PICKLING, self._save, item[0], True)
                _recursive_call(_PICKLING, self._save, item[1], True)
                self._write(SETITEM)
            return
        while True:
            first = next(items, _missing)
            if first is _missing:
                return
            if not isinstance(first, tuple) or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            second = next(items, _missing)
            if second is _missing:
                _recursive_call(_PICKLING, self._save, first[0], True)
                _recursive_call(_PICKLING, self._save, first[1], True)
                self._write(SETITEM)
                return
            self._write(MARK)
            _recursive_call(_PICKLING, self._save, first[0], True)
            _recursive_call(_PICKLING, self._save, first[1], True)
            n = 1
            item = second
            while item is not _missing:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                _recursive_call(_PICKLING, self._save, item[0], True)
                _recursive_call(_PICKLING, self._save, item[1], True)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, _missing)
            self._write(SETITEMS)
            if n != _BATCHSIZE:
                return


_missing = object()


class _ModuleName:
    pass


def _defined_below_object(cls, name):
    for c in cls.__mro__:
        if name in vars(c):
            return c is not object
    return False


def _reduce_ex(obj, proto):
    """obj.__reduce_ex__(proto): a class's own __reduce_ex__ or __reduce__,
    else object's (reduce_newobj; copyreg._reduce_ex before protocol 2).
    A weakref proxy forwards the lookup: its referent is pickled."""
    obj = _reduce_target(obj)
    cls = type(obj)
    if _defined_below_object(cls, '__reduce_ex__'):
        return obj.__reduce_ex__(proto)
    if _defined_below_object(cls, '__reduce__'):
        return obj.__reduce__()
    if proto < 2:
        import copyreg
        return copyreg._reduce_ex(obj, proto)
    args, kwargs = _newobj_args(obj, cls)
    _check_default_state(obj, cls, args is not None)
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + (args or ()), state, listitems, dictitems


class Unpickler:
    """Reads a pickle from a binary file (an object with read() and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._file_read = file.read
        self._file_readline = file.readline
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self.memo = {}
        self.proto = 0

    def load(self):
        """Read one pickled object and return it."""
        self.memo = {}
        self._stack = []
        self._marks = []
        self._buffer = b''
        self._pos = 0
        read = self._read
        dispatch = _load_dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                handler = dispatch.get(key[0])
                if handler is None:
                    c = key[0]
                    if 0x20 <= c <= 0x7e and c not in b"'\\":
                        raise UnpicklingError("invalid load key, '%c'." % c)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                handler(self)
        except _Stop as stopinst:
            return stopinst.value

    def _read(self, n):
        buf = self._buffer
        pos = self._pos
        if pos + n <= len(buf):
            self._pos = pos + n
            return buf[pos:pos + n]
        data = buf[pos:] + self._file_read(n - (len(buf) - pos))
        self._buffer = b''
        self._pos = 0
        return data

    def _read_exact(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            # fix_imports: Python 2's names (_compat_pickle's mappings).
            import _compat_pickle
            mapped = _compat_pickle.NAME_MAPPING.get((module, name))
            if mapped is not None:
                module, name = mapped
            else:
                module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        __import__(module, level=0)
        obj = sys.modules[module]
        if self.proto >= 4:
            return _deep_attribute(obj, name.split('.'))
        return getattr(obj, name)

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._marks.pop()
        return items

    def _pop(self):
        if not self._stack:
            raise UnpicklingError("unpickling stack underflow")
        return self._stack.pop()

    def _top(self):
        if not self._stack:
            raise UnpicklingError("unpickling stack underflow")
        return self._stack[-1]


def _op(code):
    def register(f):
        _load_dispatch[code[0]] = f
        return f
    return register


_load_dispatch = {}


@_op(PROTO)
def _load_proto(self):
    proto = self._read_exact(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    self.proto = proto


@_op(FRAME)
def _load_frame(self):
    size, = _unpack('<Q', self._read_exact(8))
    # The frame's bytes are read ahead, so a truncated one is seen now.
    rest = self._buffer[self._pos:]
    data = rest + self._file_read(size - len(rest)) if size > len(rest) else rest
    if len(data) < size:
        raise UnpicklingError("pickle data was truncated")
    self._buffer = data
    self._pos = 0


@_op(STOP)
def _load_stop(self):
    raise _Stop(self._pop())


@_op(MARK)
def _load_mark(self):
    self._marks.append(self._stack)
    self._stack = []


@_op(POP)
def _load_pop(self):
    if self._stack:
        self._stack.pop()
    else:
        self._pop_mark()


@_op(POP_MARK)
def _load_pop_mark(self):
    self._pop_mark()


@_op(DUP)
def _load_dup(self):
    self._stack.append(self._top())


@_op(NONE)
def _load_none(self):
    self._stack.append(None)


@_op(NEWTRUE)
def _load_true(self):
    self._stack.append(True)


@_op(NEWFALSE)
def _load_false(self):
    self._stack.append(False)


@_op(BININT)
def _load_binint(self):
    self._stack.append(_unpack('<i', self._read_exact(4))[0])


@_op(BININT1)
def _load_binint1(self):
    self._stack.append(self._read_exact(1)[0])


@_op(BININT2)
def _load_binint2(self):
    self._stack.append(_unpack('<H', self._read_exact(2))[0])


@_op(LONG1)
def _load_long1(self):
    n = self._read_exact(1)[0]
    self._stack.append(int.from_bytes(self._read_exact(n), 'little', signed=True))


@_op(LONG4)
def _load_long4(self):
    n, = _unpack('<i', self._read_exact(4))
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    self._stack.append(int.from_bytes(self._read_exact(n), 'little', signed=True))


@_op(BINFLOAT)
def _load_binfloat(self):
    self._stack.append(_unpack('>d', self._read_exact(8))[0])


def _decode(self, data):
    return str(data, 'utf-8')


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(self):
    n = self._read_exact(1)[0]
    self._stack.append(_decode(self, self._read_exact(n)))


@_op(BINUNICODE)
def _load_binunicode(self):
    n, = _unpack('<I', self._read_exact(4))
    self._stack.append(_decode(self, self._read_exact(n)))


@_op(BINUNICODE8)
def _load_binunicode8(self):
    n, = _unpack('<Q', self._read_exact(8))
    self._stack.append(_decode(self, self._read_exact(n)))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(self):
    n = self._read_exact(1)[0]
    self._stack.append(self._read_exact(n))


@_op(BINBYTES)
def _load_binbytes(self):
    n, = _unpack('<I', self._read_exact(4))
    self._stack.append(self._read_exact(n))


@_op(BINBYTES8)
def _load_binbytes8(self):
    n, = _unpack('<Q', self._read_exact(8))
    self._stack.append(self._read_exact(n))


@_op(BYTEARRAY8)
def _load_bytearray8(self):
    n, = _unpack('<Q', self._read_exact(8))
    self._stack.append(bytearray(self._read_exact(n)))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self._stack.append(())


@_op(TUPLE1)
def _load_tuple1(self):
    self._stack[-1] = (self._top(),)


@_op(TUPLE2)
def _load_tuple2(self):
    if len(self._stack) < 2:
        raise UnpicklingError("unpickling stack underflow")
    self._stack[-2:] = [(self._stack[-2], self._stack[-1])]


@_op(TUPLE3)
def _load_tuple3(self):
    if len(self._stack) < 3:
        raise UnpicklingError("unpickling stack underflow")
    self._stack[-3:] = [(self._stack[-3], self._stack[-2], self._stack[-1])]


@_op(TUPLE)
def _load_tuple(self):
    items = self._pop_mark()
    self._stack.append(tuple(items))


@_op(EMPTY_LIST)
def _load_empty_list(self):
    self._stack.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(self):
    self._stack.append({})


@_op(EMPTY_SET)
def _load_empty_set(self):
    self._stack.append(set())


@_op(FROZENSET)
def _load_frozenset(self):
    items = self._pop_mark()
    self._stack.append(frozenset(items))


@_op(LIST)
def _load_list(self):
    items = self._pop_mark()
    self._stack.append(items)


@_op(DICT)
def _load_dict(self):
    items = self._pop_mark()
    self._stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


@_op(APPEND)
def _load_append(self):
    value = self._pop()
    self._top().append(value)


@_op(APPENDS)
def _load_appends(self):
    items = self._pop_mark()
    list_obj = self._top()
    if isinstance(list_obj, list):
        list_obj.extend(items)
    else:
        append = list_obj.append
        for item in items:
            append(item)


@_op(SETITEM)
def _load_setitem(self):
    value = self._pop()
    key = self._pop()
    self._top()[key] = value


@_op(SETITEMS)
def _load_setitems(self):
    items = self._pop_mark()
    d = self._top()
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(self):
    items = self._pop_mark()
    set_obj = self._top()
    if isinstance(set_obj, set):
        set_obj.update(items)
    else:
        add = set_obj.add
        for item in items:
            add(item)


@_op(MEMOIZE)
def _load_memoize(self):
    self.memo[len(self.memo)] = self._top()


@_op(BINPUT)
def _load_binput(self):
    self.memo[self._read_exact(1)[0]] = self._top()


@_op(LONG_BINPUT)
def _load_long_binput(self):
    self.memo[_unpack('<I', self._read_exact(4))[0]] = self._top()


def _memo_get(self, idx):
    try:
        self._stack.append(self.memo[idx])
    except KeyError:
        raise UnpicklingError("Memo value not found at index %d" % idx) from None


@_op(BINGET)
def _load_binget(self):
    _memo_get(self, self._read_exact(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(self):
    _memo_get(self, _unpack('<I', self._read_exact(4))[0])


@_op(GLOBAL)
def _load_global(self):
    module = self._file_readline_from_buffer()
    name = self._file_readline_from_buffer()
    self._stack.append(self.find_class(module, name))


def _readline(self):
    buf = self._buffer
    pos = self._pos
    end = buf.find(b'\n', pos)
    if end >= 0:
        self._pos = end + 1
        line = buf[pos:end + 1]
    else:
        line = buf[pos:] + self._file_readline()
        self._buffer = b''
        self._pos = 0
    if not line.endswith(b'\n'):
        raise UnpicklingError("pickle data was truncated")
    return line[:-1].decode('utf-8')


Unpickler._file_readline_from_buffer = _readline


def _read_line(self):
    """The next line's bytes with its newline (text opcodes' arguments)."""
    buf = self._buffer
    pos = self._pos
    end = buf.find(b'\n', pos)
    if end >= 0:
        self._pos = end + 1
        line = buf[pos:end + 1]
    else:
        line = buf[pos:] + self._file_readline()
        self._buffer = b''
        self._pos = 0
    if not line.endswith(b'\n'):
        raise UnpicklingError("pickle data was truncated")
    return line


@_op(INT)
def _load_int(self):
    data = _read_line(self)
    if data == b'00\n':
        val = False
    elif data == b'01\n':
        val = True
    else:
        val = int(data, 0)
    self._stack.append(val)


@_op(LONG)
def _load_long(self):
    val = _read_line(self)[:-1]
    if val and val[-1] == b'L'[0]:
        val = val[:-1]
    self._stack.append(int(val, 0))


@_op(FLOAT)
def _load_float(self):
    self._stack.append(float(_read_line(self)[:-1]))


@_op(UNICODE)
def _load_unicode(self):
    self._stack.append(_raw_unicode_unescape(_read_line(self)[:-1]))


@_op(PUT)
def _load_put(self):
    i = int(_read_line(self)[:-1])
    if i < 0:
        raise ValueError("negative PUT argument")
    self.memo[i] = self._top()


@_op(GET)
def _load_get(self):
    _memo_get(self, int(_read_line(self)[:-1]))


@_op(STACK_GLOBAL)
def _load_stack_global(self):
    name = self._pop()
    module = self._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    self._stack.append(self.find_class(module, name))


@_op(REDUCE)
def _load_reduce(self):
    args = self._pop()
    func = self._top()
    self._stack[-1] = func(*args)


@_op(NEWOBJ)
def _load_newobj(self):
    args = self._pop()
    cls = self._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    self._stack.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self._pop()
    args = self._pop()
    cls = self._pop()
    self._stack.append(cls.__new__(cls, *args, **kwargs))


@_op(BUILD)
def _load_build(self):
    state = self._pop()
    inst = self._top()
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst_dict = inst.__dict__
        for k, v in state.items():
            inst_dict[k] = v
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for k, v in slotstate.items():
            setattr(inst, k, v)


@_op(EXT1)
def _load_ext1(self):
    _load_extension(self, self._read_exact(1)[0])


@_op(EXT2)
def _load_ext2(self):
    _load_extension(self, _unpack('<H', self._read_exact(2))[0])


@_op(EXT4)
def _load_ext4(self):
    _load_extension(self, _unpack('<i', self._read_exact(4))[0])


def _load_extension(self, code):
    import copyreg
    obj = copyreg._extension_cache.get(code, _missing)
    if obj is not _missing:
        self._stack.append(obj)
        return
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    obj = self.find_class(*key)
    copyreg._extension_cache[code] = obj
    self._stack.append(obj)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    f = _io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
