"""_blake2 for gclab: the BLAKE2 types of CPython's C module
(Modules/_blake2), which hashlib prefers to OpenSSL's: blake2b and blake2s
with digest_size and key (salt, person and the tree parameters are refused
with NotImplementedError unless left at their defaults). Digests are
computed by gclab's host, as _hashlib's; the objects are untracked and not
weakly referenceable, as the C types'.
"""

from _hashlib import _bytes_of, _embedded_list, _hash_digest, _hex, _without_gc, HASH

class _Blake2:
    """The _blake2 types: digest_size and key; the other parameters at their defaults."""

    __slots__ = ('_chunks', '_size', '_key')

    def __new__(cls, *args, **kwargs):
        name = cls._NAME
        max_size = cls.MAX_DIGEST_SIZE
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument (%d given)' % (name, len(args)))
        params = {'digest_size': max_size, 'key': b'', 'salt': b'', 'person': b'', 'fanout': 1,
                  'depth': 1, 'leaf_size': 0, 'node_offset': 0, 'node_depth': 0,
                  'inner_size': 0, 'last_node': False, 'usedforsecurity': True}
        data = args[0] if args else None
        for key, value in kwargs.items():
            if key == 'data' and not args:
                data = value
            elif key not in params:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, key))
            else:
                params[key] = value
        size = params['digest_size']
        if not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        if not 1 <= size <= max_size:
            raise ValueError('digest_size must be between 1 and %d bytes' % max_size)
        key = _bytes_of(params['key'])
        if len(key) > cls.MAX_KEY_SIZE:
            raise ValueError('maximum key length is %d bytes' % cls.MAX_KEY_SIZE)
        if (params['salt'] or params['person'] or params['fanout'] != 1 or params['depth'] != 1
                or params['leaf_size'] or params['node_offset'] or params['node_depth']
                or params['inner_size'] or params['last_node']):
            raise NotImplementedError('gclab: %s supports digest_size and key only' % name)
        self = object.__new__(cls)
        self._chunks = _embedded_list()
        self._size = size
        self._key = key
        if data is not None:
            self.update(data)
        return self

    @property
    def name(self):
        return self._NAME

    @property
    def digest_size(self):
        return self._size

    @property
    def block_size(self):
        return self._BLOCK

    def update(self, data):
        """Update this hash object's state with the provided bytes-like object."""
        data = _bytes_of(data)
        if data:
            self._chunks.append(data)

    def digest(self):
        """Return the digest value as a bytes object."""
        data = HASH._data(self)
        return _hash_digest(self._NAME, data, self._size, self._key)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return _hex(self.digest())

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other._chunks = _embedded_list()
        other._chunks.extend(self._chunks)
        other._size = self._size
        other._key = self._key
        return other


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""
    __slots__ = ()
    _NAME = 'blake2b'
    _BLOCK = 128
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""
    __slots__ = ()
    _NAME = 'blake2s'
    _BLOCK = 64
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


for _cls in (_Blake2, blake2b, blake2s):
    _cls.__module__ = '_blake2'
    _without_gc(_cls)
del _cls
