"""_hashlib for gclab: the C module hashlib.py takes its OpenSSL hashes
from (Modules/_hashopenssl.c): the `_hashlib.HASH` type (`_hashlib.HASHXOF`
for shake_128 and shake_256), the openssl_* constructors, new(),
pbkdf2_hmac() and UnsupportedDigestmodError.

The types are slotted classes with the C types' names, reprs and errors;
digests are computed by gclab's host (_gclab.hash_digest,
src/lang/runtime/modules/hash-functions.ts) over the data an object was
fed, which it keeps (the C object keeps a running state; what a program
sees is the same). Like the C objects, hash objects are not tracked by the
collector and not weakly referenceable.
"""

try:
    from _gclab import hash_digest as _hash_digest
    from _gclab import embedded_list as _embedded_list
    from _gclab import without_gc as _without_gc
except ImportError:
    # Under python3: the same digests from CPython's own modules.
    import _frozen_importlib_external as _machinery
    import sys as _sys

    def _cpython(name):
        # CPython's own C module of that name (lib-dynload), not this file.
        path = [p for p in _sys.path if 'lib-dynload' in p]
        spec = _machinery.PathFinder.find_spec(name, path)
        loader = _machinery.ExtensionFileLoader(name, spec.origin)
        module = loader.create_module(spec)
        loader.exec_module(module)
        return module

    _c_hashlib = _cpython('_hashlib')
    _c_blake2 = _cpython('_blake2')

    def _hash_digest(name, data, length, key):
        if name in ('blake2b', 'blake2s'):
            return getattr(_c_blake2, name)(data, digest_size=length, key=key).digest()
        h = _c_hashlib.new(name, data)
        return h.digest(length) if name.startswith('shake') else h.digest()

    _embedded_list = list

    def _without_gc(cls):
        pass

# name -> (digest_size, block_size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128),
    'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
    'shake_128': (0, 168), 'shake_256': (0, 136), 'blake2b': (64, 128), 'blake2s': (32, 64),
}

# The other spellings OpenSSL accepts for these names (EVP_get_digestbyname).
_ALIASES = {
    'sha-1': 'sha1', 'sha-224': 'sha224', 'sha-256': 'sha256', 'sha-384': 'sha384',
    'sha-512': 'sha512', 'sha2-224': 'sha224', 'sha2-256': 'sha256', 'sha2-384': 'sha384',
    'sha2-512': 'sha512', 'sha3-224': 'sha3_224', 'sha3-256': 'sha3_256',
    'sha3-384': 'sha3_384', 'sha3-512': 'sha3_512', 'shake128': 'shake_128',
    'shake256': 'shake_256', 'blake2b512': 'blake2b', 'blake2s256': 'blake2s',
}


def _bytes_of(data):
    """The data of update() and the constructors: a buffer, never a str."""
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        pass
    raise TypeError('object supporting the buffer API required')


def _hex(data):
    return data.hex()



class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'

# The names OpenSSL offers (hashlib.algorithms_available adds them).
openssl_md_meth_names = frozenset({
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
    'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'blake2b', 'blake2s'})

class HASH:
    """A hash represents the object used to calculate a checksum of a
string of information.

Methods:

update() -- updates the current digest with an additional string
digest() -- return the current digest value
hexdigest() -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the hash algorithm being used by this object
digest_size -- number of bytes in this hashes output"""

    __slots__ = ('_name', '_chunks')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % _TYPE_NAMES[cls])

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def _data(self):
        chunks = self._chunks
        if len(chunks) > 1:
            data = b''.join(chunks)
            chunks.clear()
            chunks.append(data)
        return chunks[0] if chunks else b''

    def update(self, *args):
        """Update this hash object's state with the provided string."""
        if len(args) != 1:
            raise TypeError('HASH.update() takes exactly one argument (%d given)' % len(args))
        data = _bytes_of(args[0])
        if data:
            self._chunks.append(data)

    def digest(self):
        """Return the digest value as a bytes object."""
        return _hash_digest(self._name, self._data(), _SIZES[self._name][0], b'')

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return _hex(self.digest())

    def copy(self):
        """Return a copy of the hash object."""
        return _new_hash(type(self), self._name, [self._data()] if self._chunks else [])

    def __repr__(self):
        return '<%s %s object @ 0x%x>' % (self._name, _TYPE_NAMES[type(self)], id(self))


class HASHXOF(HASH):
    """A hash is an object used to calculate a checksum of a string of information.

Methods:

update() -- updates the current digest with an additional string
digest(length) -- return the current digest value
hexdigest(length) -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the hash algorithm being used by this object
digest_size -- number of bytes in this hashes output"""

    __slots__ = ()

    def digest(self, *args, **kwargs):
        """Return the digest value as a bytes object."""
        return _hash_digest(self._name, self._data(), self._length('digest', args, kwargs), b'')

    def hexdigest(self, *args, **kwargs):
        """Return the digest value as a string of hexadecimal digits."""
        return _hex(_hash_digest(self._name, self._data(), self._length('hexdigest', args, kwargs), b''))

    def _length(self, method, args, kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError('%s() takes at most 1 argument (%d given)' % (method, len(args) + len(kwargs)))
        if args:
            length = args[0]
        elif 'length' in kwargs:
            length = kwargs['length']
        else:
            for key in kwargs:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (method, key))
            raise TypeError("%s() missing required argument 'length' (pos 1)" % method)
        if isinstance(length, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not isinstance(length, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(length).__name__)
        if length < 0:
            raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
        return length


_TYPE_NAMES = {HASH: '_hashlib.HASH', HASHXOF: '_hashlib.HASHXOF'}


def _new_hash(cls, name, chunks):
    self = object.__new__(cls)
    self._name = name
    self._chunks = _embedded_list()
    self._chunks.extend(chunks)
    return self


for _cls in (HASH, HASHXOF):
    _cls.__module__ = '_hashlib'
    _without_gc(_cls)
del _cls


def _constructor(name):
    cls = HASHXOF if name.startswith('shake') else HASH
    fname = 'openssl_' + name

    def construct(*args, **kwargs):
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument (%d given)' % (fname, len(args)))
        data = args[0] if args else None
        for key, value in kwargs.items():
            if key == 'string' and not args:
                data = value
            elif key != 'usedforsecurity':
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
        h = _new_hash(cls, name, [])
        if data is not None:
            h.update(data)
        return h

    construct.__name__ = construct.__qualname__ = fname
    return construct


openssl_md5 = _constructor('md5')
openssl_sha1 = _constructor('sha1')
openssl_sha224 = _constructor('sha224')
openssl_sha256 = _constructor('sha256')
openssl_sha384 = _constructor('sha384')
openssl_sha512 = _constructor('sha512')
openssl_sha3_224 = _constructor('sha3_224')
openssl_sha3_256 = _constructor('sha3_256')
openssl_sha3_384 = _constructor('sha3_384')
openssl_sha3_512 = _constructor('sha3_512')
openssl_shake_128 = _constructor('shake_128')
openssl_shake_256 = _constructor('shake_256')



def new(*args, **kwargs):
    """Return a new hash object using the named algorithm.

An optional string argument may be provided and will be
automatically hashed.

The MD5 and SHA1 algorithms are always supported."""
    if len(args) > 2:
        raise TypeError('new() takes at most 2 positional arguments (%d given)' % len(args))
    names = ('name', 'string')
    values = list(args) + [None] * (2 - len(args))
    for key, value in kwargs.items():
        if key in names and values[names.index(key)] is None:
            values[names.index(key)] = value
        elif key != 'usedforsecurity':
            raise TypeError("new() got an unexpected keyword argument '%s'" % key)
    name, data = values
    if name is None:
        raise TypeError("new() missing required argument 'name' (pos 1)")
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    canonical = name.lower()
    canonical = _ALIASES.get(canonical, canonical)
    if canonical not in _SIZES and canonical not in ('blake2b', 'blake2s'):
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    if canonical in ('blake2b', 'blake2s'):
        # OpenSSL's blake2b512 / blake2s256: a plain HASH of the full size.
        h = _new_hash(HASH, canonical, [])
    else:
        h = _new_hash(HASHXOF if canonical.startswith('shake') else HASH, canonical, [])
    if data is not None:
        h.update(data)
    return h


def _hmac_digest(name, key, msg):
    block = _SIZES[name][1]
    if len(key) > block:
        key = new(name, key).digest()
    key = key.ljust(block, b'\0')
    inner = new(name, bytes(b ^ 0x36 for b in key) + msg).digest()
    return new(name, bytes(b ^ 0x5c for b in key) + inner).digest()


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    password = _bytes_of(password)
    salt = _bytes_of(salt)
    name = _ALIASES.get(hash_name.lower(), hash_name.lower())
    if name not in _SIZES or name.startswith('shake'):
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    size = _SIZES[name][0]
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    out = b''
    block = 1
    while len(out) < dklen:
        u = _hmac_digest(name, password, salt + block.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = _hmac_digest(name, password, u)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        block += 1
    return out[:dklen]




def _digest_name(digestmod):
    """The algorithm an HMAC is asked for: a name or an openssl_* constructor."""
    if isinstance(digestmod, str):
        name = digestmod.lower()
        name = _ALIASES.get(name, name)
    else:
        name = getattr(digestmod, '__name__', '')
        if not name.startswith('openssl_') or globals().get(name) is not digestmod:
            raise UnsupportedDigestmodError('Unsupported digestmod %r' % (digestmod,))
        name = name[len('openssl_'):]
    if name not in _SIZES or name.startswith('shake'):
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    return name


class HMAC:
    """The object used to calculate HMAC of a message.

Methods:

update() -- updates the current digest with an additional string
digest() -- return the current digest value
hexdigest() -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the name, including the hash algorithm used by this object
digest_size -- number of bytes in digest() output"""

    __slots__ = ('_digest', '_inner', '_outer')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HMAC' instances")

    @property
    def name(self):
        return 'hmac-' + self._digest

    @property
    def digest_size(self):
        return _SIZES[self._digest][0]

    @property
    def block_size(self):
        return _SIZES[self._digest][1]

    def update(self, msg):
        """Update the HMAC object with msg."""
        self._inner.update(msg)

    def digest(self):
        """Return the digest of the bytes passed to the update() method so far."""
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer.digest()

    def hexdigest(self):
        """Return hexadecimal digest of the bytes passed to the update() method so far.

This may be used to exchange the value safely in email or other non-binary
environments."""
        return _hex(self.digest())

    def copy(self):
        """Return a copy ("clone") of the HMAC object."""
        other = object.__new__(HMAC)
        other._digest = self._digest
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def __repr__(self):
        return '<%s HMAC object @ 0x%x>' % (self._digest, id(self))


HMAC.__module__ = '_hashlib'
_without_gc(HMAC)


def hmac_new(key, msg=b'', digestmod=None):
    """Return a new hmac object."""
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(key, str):
        raise TypeError('Strings must be encoded before hashing')
    key = _bytes_of(key)
    name = _digest_name(digestmod)
    block = _SIZES[name][1]
    if len(key) > block:
        key = new(name, key).digest()
    key = key.ljust(block, b'\0')
    h = object.__new__(HMAC)
    h._digest = name
    h._inner = new(name, bytes(b ^ 0x36 for b in key))
    h._outer = new(name, bytes(b ^ 0x5c for b in key))
    if msg is not None:
        h.update(msg)
    return h


def hmac_digest(key, msg, digest):
    """Single-shot HMAC."""
    return hmac_new(key, msg, digest).digest()


def compare_digest(a, b):
    """Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        return a == b
    if not _has_buffer(a) and not _has_buffer(b):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    for x in (a, b):
        if not _has_buffer(x):
            raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
    return _bytes_of(a) == _bytes_of(b)


def _has_buffer(x):
    if isinstance(x, (bytes, bytearray, memoryview)):
        return True
    if isinstance(x, str):
        return False
    try:
        memoryview(x)
    except TypeError:
        return False
    return True
