"""collections for gclab: deque, defaultdict, OrderedDict, Counter,
namedtuple, ChainMap, UserDict, UserList, UserString (collections.abc is
the submodule abc, defined in _collections_abc).

Written for gclab after CPython 3.11's Lib/collections/__init__.py and
Modules/_collectionsmodule.c. What CPython writes in Python (namedtuple,
Counter, ChainMap, the User* wrappers) follows its source statement by
statement, so the frames, generators and temporaries are the same. The C
types are classes here: deque stores its items right to left in a list, so
that releasing them (clear, or the deque dying) goes oldest first as
deque_clear does, and a full deque(maxlen=n) drops its oldest item right
after the new one is added; defaultdict and OrderedDict are dict
subclasses with the C types' reprs, errors and views.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
try:
    from _gclab import embedded_list as _embedded_list
except ImportError:
    _embedded_list = list
from operator import itemgetter as _itemgetter, eq as _eq
from itertools import repeat as _repeat, chain as _chain, starmap as _starmap


################################################################################
### OrderedDict's Python views
################################################################################

# CPython's pure-Python OrderedDict's views: defined (and subclasses of the
# view ABCs) though the C OrderedDict is used.

class _OrderedDictKeysView(_collections_abc.KeysView):

    def __reversed__(self):
        yield from reversed(self._mapping)

class _OrderedDictItemsView(_collections_abc.ItemsView):

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield (key, self._mapping[key])

class _OrderedDictValuesView(_collections_abc.ValuesView):

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield self._mapping[key]


################################################################################
### deque
################################################################################

_NO_ITERABLE = object()
# CENTER + 1: where deque_new puts leftindex (BLOCKLEN 64).
_DEQUE_CENTER = 32


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_rev', '_maxlen', '_state', '_left', '__weakref__')

    def __init__(self, iterable=_NO_ITERABLE, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            # PyLong_AsSsize_t
            if not -0x8000000000000000 <= maxlen <= 0x7fffffffffffffff:
                raise OverflowError('Python int too large to convert to C ssize_t')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        # deque_new centres an empty deque in its block (leftindex CENTER + 1);
        # deque_init clears a deque being initialised again (which re-centres
        # it; an empty one would keep its place: not followed).
        self._left = _DEQUE_CENTER
        self._maxlen = maxlen
        self._state = 0
        # Items right to left: index 0 is the rightmost (newest) item. The
        # list stands for the deque's blocks: the collector sees its items
        # as the deque's own (deque_traverse), not the list as an object.
        self._rev = _embedded_list()
        if iterable is not _NO_ITERABLE:
            self.extend(iterable)

    # CPython keeps the items in blocks of 64; sys.getsizeof counts the
    # blocks from leftindex (the first item's place in its block, `_left`)
    # and the length. Each operation moves `_left` as deque's C code moves
    # leftindex: a new block at the left or a freed one keeps it modulo 64,
    # an empty deque is re-centred when its last block would be freed.

    def __sizeof__(self):
        # deque_sizeof: sizeof(dequeobject) and the blocks in use.
        return 216 + (self._left + len(self._rev) + 63) // 64 * 528

    def _popped_left(self):
        left = self._left + 1
        if left == 64:
            left = 0 if self._rev else _DEQUE_CENTER
        self._left = left

    def _popped_right(self):
        if not self._rev and self._left == 0:
            self._left = _DEQUE_CENTER

    def _rotated(self, n, size):
        # _deque_rotate's normalisation (C's %), then leftindex moves by -n.
        if size <= 1:
            return
        half = size >> 1
        if n > half or n < -half:
            n = n - size * int(n / size)
            if n > half:
                n -= size
            elif n < -half:
                n += size
        self._left = (self._left - n) % 64

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._rev) > self._maxlen:
            old = self._rev.pop()
            self._popped_left()
            del old

    def _trim_right(self):
        if self._maxlen is not None and len(self._rev) > self._maxlen:
            old = self._rev.pop(0)
            self._popped_right()
            del old

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._rev.insert(0, x)
        self._trim_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._left == 0:
            self._left = 64
        self._left -= 1
        self._rev.append(x)
        self._trim_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._rev:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._rev.pop(0)
        self._popped_right()
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._rev:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._rev.pop()
        self._popped_left()
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen != 0 and not self._rev:
            # deque_extend fills an empty deque from the start of its block.
            self._left = 1
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen != 0 and not self._rev:
            # deque_extendleft fills an empty deque from the end of its block.
            self._left = 63
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        if self._rev:
            self._left = _DEQUE_CENTER
        self._rev.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque and len(self._rev) == 1:
            # deque_copy's one-item case appends to a new (centred) deque.
            result = deque((), self._maxlen)
            result._left = _DEQUE_CENTER
            result.append(self._rev[0])
            return result
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        # deque_reduce: (type(self), () or ((), maxlen), the __dict__ of a
        # subclass's instance or None, an iterator over the items).
        state = getattr(self, '__dict__', None)
        if self._maxlen is None:
            return type(self), (), state, iter(self)
        return type(self), ((), self._maxlen), state, iter(self)

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for x in reversed(self._rev):
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value."""
        n = len(self._rev)
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        stop = min(stop, n)
        # deque_index: any mutation by a comparison is a RuntimeError.
        state = self._state
        for i in range(start, stop):
            x = self._rev[n - 1 - i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self._rev) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        n = len(self._rev)
        if index < 0:
            index = max(0, index + n)
        index = min(index, n)
        self._state += 1
        # deque_insert: an end is an append; elsewhere rotate, appendleft, rotate back.
        if index >= n:
            pass
        elif index == 0:
            if self._left == 0:
                self._left = 64
            self._left -= 1
        else:
            self._rotated(-index, n)
            self._left = (self._left - 1) % 64
            self._rotated(index, n + 1)
        self._rev.insert(n - index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        n = len(self._rev)
        # deque_remove: a mutation by a comparison is an IndexError.
        state = self._state
        for i in range(n):
            x = self._rev[n - 1 - i]
            found = x is value or x == value
            if state != self._state:
                raise IndexError('deque mutated during iteration')
            if found:
                self._state += 1
                del self._rev[n - 1 - i]
                self._deleted_at(i, n)
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._rev.reverse()

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self._rev)
        if size <= 1:
            return
        self._state += 1
        self._rotated(n, size)
        n %= size
        if n:
            # Right rotation moves the last n items (rev[:n]) to the front (rev's end).
            self._rev[:] = self._rev[n:] + self._rev[:n]

    def __len__(self):
        return len(self._rev)

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def _index(self, i):
        n = len(self._rev)
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return n - 1 - i

    def __getitem__(self, i):
        return self._rev[self._index(i)]

    def __setitem__(self, i, value):
        self._rev[self._index(i)] = value

    def __delitem__(self, i):
        j = self._index(i)
        self._state += 1
        size = len(self._rev)
        del self._rev[j]
        self._deleted_at(size - 1 - j, size)

    def _deleted_at(self, i, size):
        # deque_del_item: rotate(-i), popleft, rotate(i).
        self._rotated(-i, size)
        self._left += 1
        if self._left == 64:
            self._left = 0 if self._rev else _DEQUE_CENTER
        self._rotated(i, size - 1)

    def __contains__(self, value):
        state = self._state
        for x in reversed(self._rev):
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __repr__(self):
        if self in _repr_running:
            return '[...]'
        _repr_running.append(self)
        try:
            items = repr(list(reversed(self._rev)))
        finally:
            _repr_running.remove(self)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({items})'
        return f'{name}({items}, maxlen={self._maxlen})'

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return list(reversed(self._rev)), list(reversed(other._rev))

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        # deque_repeat: a copy, repeated in place.
        result = self.copy()
        result.__imul__(n)
        return result

    # sq_repeat: n * deque as well.
    __rmul__ = __mul__

    def __imul__(self, n):
        # deque_inplace_repeat: cleared for n <= 0; otherwise n - 1 more
        # copies of the items are appended on the right.
        if n <= 0:
            self.clear()
            return self
        if not self._rev or n == 1:
            return self
        items = list(self)
        for i in range(n - 1):
            for x in items:
                self.append(x)
        return self


class _deque_iterator:
    """dequeiter (Modules/_collectionsmodule.c): holds its deque until it
    dies (also once exhausted); `counter` items are left; any mutation of
    the deque makes the next next() a RuntimeError (and the iterator done)."""
    __slots__ = ('_deque', '_index', '_state', '_len', '_counter')

    def __init__(self, d):
        self._deque = d
        self._index = 0
        self._state = d._state
        self._len = len(d._rev)
        self._counter = self._len

    def __iter__(self):
        return self

    def _mutated(self):
        d = self._deque
        return d._state != self._state or len(d._rev) != self._len

    def __next__(self):
        if self._counter == 0:
            raise StopIteration
        if self._mutated():
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        i = self._index
        self._index += 1
        self._counter -= 1
        rev = self._deque._rev
        return rev[len(rev) - 1 - i]

    def __length_hint__(self):
        return self._counter


class _deque_reverse_iterator(_deque_iterator):
    """dequereviter: the same, from the right end."""
    __slots__ = ()

    def __next__(self):
        if self._counter == 0:
            raise StopIteration
        if self._mutated():
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        i = self._index
        self._index += 1
        self._counter -= 1
        return self._deque._rev[i]


_deque_iterator.__module__ = _deque_reverse_iterator.__module__ = '_collections'


_repr_running = []

_collections_abc.MutableSequence.register(deque)



# ids of the objects whose repr is being computed (Py_ReprEnter).
_repr_ids = set()


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    # defdictobject: the factory is a member; no __dict__, no weak references.
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        # defdict_init: the factory is checked and stored before the dict
        # is filled.
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        # dict_init of an empty slice is a no-op: no call (whose argument
        # tuple and dict CPython's C code does not make).
        if args or kwargs:
            dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        # defdict_missing: KeyError((key,)) without a factory.
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        elif id(factory) in _repr_ids:
            factory_repr = '...'
        else:
            _repr_ids.add(id(factory))
            try:
                factory_repr = repr(factory)
            finally:
                _repr_ids.discard(id(factory))
        return f'{type(self).__name__}({factory_repr}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### OrderedDict
################################################################################

# CPython's OrderedDict is a C type (Objects/odictobject.c): a dict plus a
# doubly linked list of nodes giving the order. The dict's own entries stay
# in insertion order (move_to_end changes only the list), so the dict's
# teardown (deallocation, PyDict_Clear) releases keys and values in
# insertion order, not in the moved order. Here the list is the private
# dict `__order` (key -> None, in the OrderedDict's order), made at the
# first move that makes the two orders differ and dropped when the
# OrderedDict becomes empty; while it is None the order is the dict's own.
# `__state` counts the changes to the keys and their order (od_state):
# an iterator started before one raises "OrderedDict mutated during
# iteration".

_odict_missing = object()


class odict_iterator:
    """odictiter: the keys, values or (key, value) items of an OrderedDict,
    in its order or reversed. Like C's, it holds the OrderedDict and the
    next key, and checks od_state and the size before each step."""

    __slots__ = ('_od', '_it', '_current', '_state', '_size', '_kind')

    def __init__(self, od, kind, reverse):
        order = od._OrderedDict__order
        if reverse:
            it = reversed(order) if order is not None else dict.__reversed__(od)
        else:
            it = iter(order) if order is not None else dict.__iter__(od)
        self._od = od
        self._it = it
        self._current = next(it, _odict_missing)
        self._state = od._OrderedDict__state
        self._size = dict.__len__(od)
        self._kind = kind

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is None:
            raise StopIteration
        key = self._current
        if key is _odict_missing:
            self._od = self._it = None
            raise StopIteration
        if od._OrderedDict__state != self._state:
            self._od = self._it = None
            self._current = _odict_missing
            raise RuntimeError('OrderedDict mutated during iteration')
        if self._size != dict.__len__(od):
            self._size = -1
            raise RuntimeError('OrderedDict changed size during iteration')
        self._current = next(self._it, _odict_missing)
        kind = self._kind
        if kind == 0:
            return key
        value = dict.__getitem__(od, key)
        if kind == 1:
            return value
        return (key, value)


class _OrderedDictView:
    """What OrderedDict's keys()/values()/items() return (odict_keys,
    odict_values, odict_items in C): a live view in the dict's order."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        if id(self) in _repr_ids:
            return '...'
        _repr_ids.add(id(self))
        try:
            return f'{type(self).__name__}({list(self)!r})'
        finally:
            _repr_ids.discard(id(self))


class odict_keys(_OrderedDictView):
    def __iter__(self):
        return odict_iterator(self._mapping, 0, False)

    def __reversed__(self):
        return odict_iterator(self._mapping, 0, True)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return dict.keys(self._mapping) == other

    def __and__(self, other):
        return dict.keys(self._mapping) & other

    def __or__(self, other):
        return dict.keys(self._mapping) | other

    def __sub__(self, other):
        return dict.keys(self._mapping) - other

    def __xor__(self, other):
        return dict.keys(self._mapping) ^ other

    def isdisjoint(self, other):
        return dict.keys(self._mapping).isdisjoint(other)

    __hash__ = None


class odict_values(_OrderedDictView):
    def __iter__(self):
        return odict_iterator(self._mapping, 1, False)

    def __reversed__(self):
        return odict_iterator(self._mapping, 1, True)

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False


class odict_items(_OrderedDictView):
    def __iter__(self):
        return odict_iterator(self._mapping, 2, False)

    def __reversed__(self):
        return odict_iterator(self._mapping, 2, True)

    def __contains__(self, item):
        return item in dict.items(self._mapping)

    def __eq__(self, other):
        return dict.items(self._mapping) == other

    __hash__ = None


# The C types print without a module (<class 'odict_keys'>) and are the
# collections.abc views (C's are subclasses of dict_keys & co.).
for _cls in (odict_iterator, odict_keys, odict_values, odict_items):
    _cls.__module__ = 'builtins'
del _cls
_collections_abc.KeysView.register(odict_keys)
_collections_abc.ValuesView.register(odict_values)
_collections_abc.ItemsView.register(odict_items)
_collections_abc.Iterator.register(odict_iterator)


def _odict_add_pairs(self, pairs):
    """mutablemapping_add_pairs: each item of pairs unpacks into a key and a
    value, stored with self[key] = value."""
    for pair in pairs:
        it = iter(pair)
        key = next(it, _odict_missing)
        if key is _odict_missing:
            raise ValueError('need more than 0 values to unpack')
        value = next(it, _odict_missing)
        if value is _odict_missing:
            raise ValueError('need more than 1 value to unpack')
        if next(it, _odict_missing) is not _odict_missing:
            raise ValueError('too many values to unpack (expected 2)')
        self[key] = value


def _odict_update(self, args, kwds):
    """mutablemapping_update: from a dict's items, a mapping's keys() and
    [key], an object's items(), or pairs; then the keyword arguments."""
    if args:
        arg = args[0]
        if type(arg) is dict:
            _odict_add_pairs(self, dict.items(arg))
        else:
            keys = getattr(arg, 'keys', None)
            if keys is not None:
                for key in keys():
                    self[key] = arg[key]
            else:
                items = getattr(arg, 'items', None)
                _odict_add_pairs(self, arg if items is None else items())
    if kwds:
        _odict_add_pairs(self, dict.items(kwds))


def _clinic_args(name, args, kwargs, names, required):
    """Argument Clinic's parsing of a method's positional-or-keyword
    parameters: the values in order (_odict_missing where not given)."""
    if len(args) > len(names):
        raise TypeError(f'{name}() takes at most {len(names)} argument{"s" if len(names) > 1 else ""} ({len(args)} given)')
    values = list(args) + [_odict_missing] * (len(names) - len(args))
    for k, v in kwargs.items():
        if k not in names:
            raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
        i = names.index(k)
        if i < len(args):
            raise TypeError(f"argument for {name}() given by name ('{k}') and position ({i + 1})")
        values[i] = v
    for i in range(required):
        if values[i] is _odict_missing:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    return values


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    __slots__ = ('__order', '__state', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwds):
        self = dict.__new__(cls)
        self.__order = None
        self.__state = 0
        return self

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        _odict_update(self, args, kwds)

    def __setitem__(self, key, value):
        n = dict.__len__(self)
        dict.__setitem__(self, key, value)
        if dict.__len__(self) != n:
            # _odict_add_new_node: a new key goes to the end.
            self.__state += 1
            order = self.__order
            if order is not None:
                order[key] = None

    def __delitem__(self, key):
        # PyODict_DelItem: the node goes first, then the dict's entry.
        order = self.__order
        if order is not None:
            order.pop(key, None)
        self.__state += 1
        dict.__delitem__(self, key)
        if order is not None and not order:
            self.__order = None

    def __iter__(self):
        return odict_iterator(self, 0, False)

    def __reversed__(self):
        return odict_iterator(self, 0, True)

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return odict_keys(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return odict_values(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return odict_items(self)

    def update(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        _odict_update(self, args, kwds)

    def __pop(self, key, default):
        """_odict_popkey_hash: the value of key, removed (default, or a
        KeyError, when it is missing): the node first, then the dict's
        entry; a subclass's own methods are not called."""
        if dict.__contains__(self, key):
            order = self.__order
            if order is not None:
                order.pop(key, None)
            self.__state += 1
            value = dict.pop(self, key)
            if order is not None and not order:
                self.__order = None
            return value
        if default is _odict_missing:
            raise KeyError(key)
        return default

    def pop(self, /, *args, **kwargs):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError."""
        key, default = _clinic_args('pop', args, kwargs, ('key', 'default'), 1)
        return self.__pop(key, default)

    def popitem(self, /, *args, **kwargs):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        last, = _clinic_args('popitem', args, kwargs, ('last',), 0)
        if last is _odict_missing:
            last = True
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        order = self.__order
        if order is None:
            key = next(dict.__reversed__(self) if last else dict.__iter__(self))
        else:
            key = next(reversed(order) if last else iter(order))
        value = self.__pop(key, _odict_missing)
        return key, value

    def move_to_end(self, /, *args, **kwargs):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        key, last = _clinic_args('move_to_end', args, kwargs, ('key', 'last'), 1)
        last = True if last is _odict_missing else bool(last)
        if not dict.__len__(self):
            raise KeyError(key)
        order = self.__order
        if order is None:
            end = next(dict.__reversed__(self) if last else dict.__iter__(self))
        else:
            end = next(reversed(order) if last else iter(order))
        if key is end:
            return
        if not dict.__contains__(self, key):
            raise KeyError(key)
        if key == end:
            return
        if order is None:
            order = self.__order = dict.fromkeys(dict.__iter__(self))
        # _odict_remove_node then _odict_add_tail / _odict_add_head.
        self.__state += 1
        if last:
            del order[key]
            order[key] = None
        else:
            rest = list(order)
            order.clear()
            order[key] = None
            for k in rest:
                order[k] = None

    def setdefault(self, /, *args, **kwargs):
        """Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."""
        key, default = _clinic_args('setdefault', args, kwargs, ('key', 'default'), 1)
        if default is _odict_missing:
            default = None
        if type(self) is OrderedDict:
            value = dict.get(self, key, _odict_missing)
            if value is not _odict_missing:
                return value
        elif key in self:
            return self[key]
        self[key] = default
        return default

    def clear(self):
        "od.clear() -> None.  Remove all items from od."
        # odict_clear: PyDict_Clear (values in the dict's order), then the nodes.
        dict.clear(self)
        self.__order = None

    def __repr__(self):
        if not dict.__len__(self):
            return f'{type(self).__name__}()'
        if id(self) in _repr_ids:
            return '...'
        _repr_ids.add(id(self))
        try:
            if type(self) is OrderedDict:
                pieces = [(key, dict.__getitem__(self, key)) for key in self.__keys_in_order()]
            else:
                pieces = list(self.items())
            return f'{type(self).__name__}({pieces!r})'
        finally:
            _repr_ids.discard(id(self))

    def __keys_in_order(self):
        order = self.__order
        return list(order if order is not None else dict.__iter__(self))

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if not dict.__eq__(self, other):
            return False
        if not isinstance(other, OrderedDict):
            return True
        # _odict_keys_equal: the same keys in the same order.
        return all(map(_eq, self.__keys_in_order(), other._OrderedDict__keys_in_order()))

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        'od.copy() -> a shallow copy of od'
        if type(self) is OrderedDict:
            new = OrderedDict()
            for key in self.__keys_in_order():
                new[key] = dict.__getitem__(self, key)
        else:
            new = type(self)()
            for key in self.__keys_in_order():
                new[key] = self[key]
        return new

    def __copy__(self):
        return self.copy()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        "Return state information for pickling"
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(self.items())

    def __sizeof__(self):
        # odict_sizeof (sys.getsizeof's rule, less the GC header).
        return _sys.getsizeof(self) - 16

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        _odict_update(self, (other,), None)
        return self


################################################################################
### namedtuple
################################################################################

_KEYWORDS = {
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
}


def _iskeyword(name):
    'keyword.iskeyword: the hard keywords of Python 3.11.'
    return name in _KEYWORDS


class _tuplegetter:
    # A namedtuple field (the C _collections._tuplegetter): reads item
    # `index` of the tuple; read-only. (No docstring: __doc__ is a slot.)

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'

    def __reduce__(self):
        # tuplegetter_reduce: the type and (index, doc).
        return type(self), (self._index, self.__doc__)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> x, y
    (11, 22)
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> d = p._asdict()                 # convert to a dictionary
    >>> d['x']
    11
    >>> Point(**d)                      # convert from a dictionary
    Point(x=11, y=22)
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)

    """

    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    # Variables used in the methods and docstrings
    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__
    _dict, _tuple, _len, _map, _zip = dict, tuple, len, map, zip

    # The methods, made as CPython's namedtuple makes them (so the same
    # functions, cells and namespace dict exist): __new__ is compiled from
    # a lambda in its own small namespace.

    namespace = {
        '_tuple_new': tuple_new,
        '__builtins__': {},
        '__name__': f'namedtuple_{typename}',
    }
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return _dict(_zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return _tuple(self)

    # Modify function metadata to help with introspection and debugging
    for method in (
        __new__,
        _make.__func__,
        _replace,
        __repr__,
        _asdict,
        __getnewargs__,
    ):
        method.__qualname__ = f'{typename}.{method.__name__}'

    # Build-up the class namespace dictionary
    # and use type() to build the result class
    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = _tuplegetter(index, doc)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module
    return result



########################################################################
###  Counter
########################################################################

def _count_elements(mapping, iterable):
    'Tally elements from the iterable (the C helper of Counter.update).'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string

    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    >>> sorted(c)                       # list all unique elements
    ['a', 'b', 'c', 'd', 'e']
    >>> ''.join(sorted(c.elements()))   # list elements with repetitions
    'aaaaabbbbcccdde'
    >>> sum(c.values())                 # total of all counts
    15

    >>> c['a']                          # count of letter 'a'
    5
    >>> for elem in 'shazam':           # update counts from an iterable
    ...     c[elem] += 1                # by adding 1 to each element's count
    >>> c['a']                          # now there are seven 'a'
    7
    >>> del c['b']                      # remove all 'b'
    >>> c['b']                          # now there are zero 'b'
    0

    >>> d = Counter('simsalabim')       # make another counter
    >>> c.update(d)                     # add in the second counter
    >>> c['a']                          # now there are nine 'a'
    9

    >>> c.clear()                       # empty the counter
    >>> c
    Counter()

    Note:  If a count is set to zero or reduced to zero, it will remain
    in the counter until the entry is deleted or the counter is cleared:

    >>> c = Counter('aaabbc')
    >>> c['b'] -= 2                     # reduce the count of 'b' by two
    >>> c.most_common()                 # 'b' is still in, but its count is zero
    [('a', 3), ('c', 1), ('b', 0)]

    '''
    # References:
    #   http://en.wikipedia.org/wiki/Multiset
    #   http://www.gnu.org/software/smalltalk/manual-base/html_node/Bag.html
    #   http://www.demo2s.com/Tutorial/Cpp/0380__set-multiset/Catalog0380__set-multiset.htm
    #   http://code.activestate.com/recipes/259174/
    #   Knuth, TAOCP Vol. II section 4.6.3

    def __init__(self, iterable=None, /, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.

        >>> c = Counter()                           # a new, empty counter
        >>> c = Counter('gallahad')                 # a new counter from an iterable
        >>> c = Counter({'a': 4, 'b': 2})           # a new counter from a mapping
        >>> c = Counter(a=4, b=2)                   # a new counter from keyword args

        '''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        # Needed so that self[missing_item] does not raise KeyError
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.

        >>> Counter('abracadabra').most_common(3)
        [('a', 5), ('b', 2), ('r', 2)]

        '''
        # Emulate Bag.sortedByCount from Smalltalk
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)

        # Lazy import to speedup Python startup time
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.

        >>> c = Counter('ABCABC')
        >>> sorted(c.elements())
        ['A', 'A', 'B', 'B', 'C', 'C']

        # Knuth's example for prime factors of 1836:  2**2 * 3**3 * 17**1
        >>> import math
        >>> prime_factors = Counter({2: 2, 3: 3, 17: 1})
        >>> math.prod(prime_factors.elements())
        1836

        Note, if an element's count has been set to zero or is a negative
        number, elements() will ignore it.

        '''
        # Emulate Bag.do from Smalltalk and Multiset.begin from C++.
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    # Override dict methods where necessary

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # There is no equivalent method for counters because the semantics
        # would be ambiguous in cases such as Counter.fromkeys('aaabbc', v=2).
        # Initializing counters to zero values isn't necessary because zero
        # is already the default value for counter lookups.  Initializing
        # to one is easily accomplished with Counter(set(iterable)).  For
        # more exotic cases, create a dictionary first using a dictionary
        # comprehension or dict.fromkeys().
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.

        >>> c = Counter('which')
        >>> c.update('witch')           # add elements from another iterable
        >>> d = Counter('watch')
        >>> c.update(d)                 # add elements from another counter
        >>> c['h']                      # four 'h' in which, witch, and watch
        4

        '''
        # The regular dict.update() operation makes no sense here because the
        # replace behavior results in the some of original untouched counts
        # being mixed-in with all of the other counts for a mismash that
        # doesn't have a straight-forward interpretation in most counting
        # contexts.  Instead, we implement straight-addition.  Both the inputs
        # and outputs are allowed to contain zero and negative counts.

        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # fast path when counter is empty
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.

        Source can be an iterable, a dictionary, or another Counter instance.

        >>> c = Counter('which')
        >>> c.subtract('witch')             # subtract elements from another iterable
        >>> c.subtract(Counter('watch'))    # subtract elements from another counter
        >>> c['h']                          # 2 in which, minus 1 in witch, minus 1 in watch
        0
        >>> c['w']                          # 1 in which, minus 1 in witch, minus 1 in watch
        -1

        '''
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # dict() preserves the ordering returned by most_common()
            d = dict(self.most_common())
        except TypeError:
            # handle case where values are not orderable
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Multiset-style mathematical operations discussed in:
    #       Knuth TAOCP Volume II section 4.6.3 exercise 19
    #       and at http://en.wikipedia.org/wiki/Multiset
    #
    # Outputs guaranteed to only include positive counts.
    #
    # To strip negative and zero counts, add-in an empty counter:
    #       c += Counter()
    #
    # Results are ordered according to when an element is first
    # encountered in the left operand and then by the order
    # encountered in the right operand.
    #
    # When the multiplicities are all zero or one, multiset operations
    # are guaranteed to be equivalent to the corresponding operations
    # for regular sets.
    #     Given counter multisets such as:
    #         cp = Counter(a=1, b=0, c=1)
    #         cq = Counter(c=1, d=0, e=1)
    #     The corresponding regular sets would be:
    #         sp = {'a', 'c'}
    #         sq = {'c', 'e'}
    #     All of the following relations would hold:
    #         set(cp + cq) == sp | sq
    #         set(cp - cq) == sp - sq
    #         set(cp | cq) == sp | sq
    #         set(cp & cq) == sp & sq
    #         (cp == cq) == (sp == sq)
    #         (cp != cq) == (sp != sq)
    #         (cp <= cq) == (sp <= sq)
    #         (cp < cq) == (sp < sq)
    #         (cp >= cq) == (sp >= sq)
    #         (cp > cq) == (sp > sq)

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        '''Add counts from two counters.

        >>> Counter('abbb') + Counter('bcc')
        Counter({'b': 4, 'c': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.

        >>> Counter('abbbc') - Counter('bccd')
        Counter({'b': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.

        >>> Counter('abbb') | Counter('bcc')
        Counter({'b': 3, 'c': 2, 'a': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.

        >>> Counter('abbb') & Counter('bcc')
        Counter({'b': 1})

        '''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.

        '''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.

        >>> c = Counter('abbb')
        >>> c += Counter('bcc')
        >>> c
        Counter({'b': 4, 'c': 2, 'a': 1})

        '''
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.

        >>> c = Counter('abbbc')
        >>> c -= Counter('bccd')
        >>> c
        Counter({'b': 2, 'a': 1})

        '''
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.

        >>> c = Counter('abbb')
        >>> c |= Counter('bcc')
        >>> c
        Counter({'b': 3, 'c': 2, 'a': 1})

        '''
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding counts.

        >>> c = Counter('abbb')
        >>> c &= Counter('bcc')
        >>> c
        Counter({'b': 1})

        '''
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


########################################################################
###  ChainMap
########################################################################

def _recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call (reprlib.recursive_repr).'

    def decorating_function(user_function):
        repr_running = set()

        def wrapper(self):
            key = id(self)
            if key in repr_running:
                return fillvalue
            repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                repr_running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        return wrapper

    return decorating_function


class ChainMap(_collections_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together to
    create a single, updateable view. Lookups search the mappings in
    order; writes, updates and deletions touch only the first one."""

    def __init__(self, *maps):
        """Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used."""
        self.maps = list(maps) or [{}]          # always at least one map

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]             # 'key in mapping' would miss a defaultdict's default
            except KeyError:
                pass
        return self.__missing__(key)            # a subclass may define __missing__

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### UserDict
################################################################################

class UserDict(_collections_abc.MutableMapping):
    """A dict wrapper: the items live in the plain dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    # Faster than the Mapping mixin (no exception on a missing key).
    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # Create a copy and avoid triggering descriptors
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


################################################################################
### UserList
################################################################################

class UserList(_collections_abc.MutableSequence):
    """A list wrapper: the items live in the plain list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            # XXX should this accept an arbitrary sequence?
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        else:
            return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # Create a copy and avoid triggering descriptors
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


################################################################################
### UserString
################################################################################

class UserString(_collections_abc.Sequence):
    """A str wrapper: the text lives in the plain str self.data; the
    str-returning methods return instances of the same class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # the following methods are defined in alphabetical order:
    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = getattr(str, 'maketrans', None)

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


# deque_methods' {"__class_getitem__", Py_GenericAlias, METH_O|METH_CLASS}:
# deque[int] is a types.GenericAlias (defaultdict, OrderedDict and Counter
# inherit dict's).
deque.__class_getitem__ = classmethod(type(list[int]))

# python3's start-up (site and the .pth files it runs) has already imported
# collections.abc, so a program that only says `import collections` still
# finds `collections.abc` (the import system sets the attribute).
from . import abc
