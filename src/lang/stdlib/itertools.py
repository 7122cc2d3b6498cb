"""itertools for gclab: iterator building blocks.

CPython implements this module in C (Modules/itertoolsmodule.c). Here each
iterator is a small class (with __slots__, so it has no __dict__ and is not
weakly referenceable, like the C objects) that holds what the C object
holds and lets go of its source where the C object does (chain, islice and
cycle drop an exhausted source iterator).
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

import sys as _sys

try:
    # C arrays of an iterator (permutations' indices and cycles, ...): a list
    # that is no GC object of its own (untracked, uncounted, seen through).
    from _gclab import embedded_list as _embedded_list
except ImportError:
    _embedded_list = list


def _c_array(values):
    a = _embedded_list()
    a.extend(values)
    return a


def _keyword_args(name, params, required, kwonly=()):
    """The argument parsing of a C constructor taking `params` by position or
    keyword (vgetargskeywords / _PyArg_UnpackKeywords), the first `required`
    of them needed, then keyword-only `kwonly`: its messages for too many,
    repeated, missing and unknown arguments, in that order."""
    def wrap(init):
        def __init__(self, *args, **kwargs):
            maxpos = len(params)
            if kwonly:
                if len(args) > maxpos:
                    raise TypeError('%s() takes at most %d positional argument%s (%d given)'
                                    % (name, maxpos, '' if maxpos == 1 else 's', len(args)))
            elif len(args) + len(kwargs) > maxpos:
                raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                                % (name, maxpos, '' if args else 'keyword ',
                                   '' if maxpos == 1 else 's', len(args) + len(kwargs)))
            for i, k in enumerate(params[:len(args)]):
                if k in kwargs:
                    raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                    % (name, k, i + 1))
            for i in range(len(args), required):
                if params[i] not in kwargs:
                    raise TypeError("%s() missing required argument '%s' (pos %d)"
                                    % (name, params[i], i + 1))
            for k in kwargs:
                if k not in params and k not in kwonly:
                    raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
            init(self, *args, **kwargs)
        return __init__
    return wrap


def _positional_args(name, least, most):
    """_PyArg_NoKeywords and _PyArg_CheckPositional of a C constructor that
    takes positional arguments only."""
    def wrap(init):
        def __init__(self, *args, **kwargs):
            if kwargs:
                raise TypeError('%s() takes no keyword arguments' % name)
            n = len(args)
            if n < least:
                raise TypeError('%s expected %s%d argument%s, got %d'
                                % (name, '' if least == most else 'at least ', least,
                                   '' if least == 1 else 's', n))
            if n > most:
                raise TypeError('%s expected %s%d argument%s, got %d'
                                % (name, '' if least == most else 'at most ', most,
                                   '' if most == 1 else 's', n))
            init(self, *args)
        return __init__
    return wrap


def _is_number(v):
    """PyNumber_Check: nb_index, nb_int or nb_float, or a complex."""
    t = type(v)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or isinstance(v, complex))


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ('_n', '_step')

    @_keyword_args('count', ('start', 'step'), 0)
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle:
    """cycle(iterable) --> the items of iterable, then the same items again, forever."""
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    @_positional_args('cycle', 1, 1)
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) -> object, again and again, or `times` times."""
    __slots__ = ('_element', '_cnt')

    @_keyword_args('repeat', ('object', 'times'), 1)
    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return f'repeat({self._element!r})'
        return f'repeat({self._element!r}, {self._cnt})'


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals (or func results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    @_keyword_args('accumulate', ('iterable', 'func'), 1, ('initial',))
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is None:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables) --> the items of the first iterable, then the next, ..."""
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain of the iterables iterable yields."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self
    from_iterable = classmethod(from_iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                for iterable in self._source:
                    self._active = iter(iterable)
                    break
                else:
                    self._source = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class compress:
    """compress(data, selectors) --> the data items whose selector is true."""
    __slots__ = ('_data', '_selectors')

    @_keyword_args('compress', ('data', 'selectors'), 2)
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile:
    """dropwhile(predicate, iterable) --> the items after predicate first fails."""
    __slots__ = ('_pred', '_it', '_dropping')

    @_positional_args('dropwhile', 2, 2)
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item


class takewhile:
    """takewhile(predicate, iterable) --> the items while predicate holds."""
    __slots__ = ('_pred', '_it', '_stop')

    @_positional_args('takewhile', 2, 2)
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> the items for which function is false."""
    __slots__ = ('_func', '_it')

    @_positional_args('filterfalse', 2, 2)
    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            ok = bool(item) if self._func is None else self._func(item)
            if not ok:
                return item


class starmap:
    """starmap(function, iterable) --> function(*a) for each a of iterable."""
    __slots__ = ('_func', '_it')

    @_positional_args('starmap', 2, 2)
    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): selected items."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        elif not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        if stop is not None and (not isinstance(stop, int) or stop < 0 or stop > _sys.maxsize):
            if len(args) == 1:
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0 or start > _sys.maxsize:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        elif not isinstance(step, int) or step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            for item in it:
                break
            else:
                self._it = None
                raise StopIteration
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        for item in it:
            break
        else:
            self._it = None
            raise StopIteration
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ('_it', '_old')

    @_positional_args('pairwise', 1, 1)
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = None

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is None:
            for old in it:
                self._old = old
                break
            else:
                self._it = None
                raise StopIteration
        for new in it:
            break
        else:
            self._it = None
            self._old = None
            raise StopIteration
        result = (self._old, new)
        self._old = new
        return result


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples until the longest is exhausted."""
    # _2result is lz->result: a tuple made with the iterator, reused for the
    # next step while only the iterator holds it (here: replaced by the new
    # tuple), else left alone while a new tuple is returned -- so the items
    # of the tuple it holds live until a later step or the iterator's end.
    # The numbered names put the (sorted) slots in zip_longest_dealloc's
    # order: ittuple, result, fillvalue.
    __slots__ = ('_1its', '_2result', '_3fill', '_4active')

    def __init__(self, *iterables, fillvalue=None):
        self._1its = [iter(it) for it in iterables]
        self._4active = len(self._1its)
        self._3fill = fillvalue
        self._2result = tuple([None] * len(self._1its))

    def __iter__(self):
        return self

    def __next__(self):
        if not self._1its or self._4active == 0:
            raise StopIteration
        # Held by the slot, `result` and getrefcount's argument only: the
        # tuple is reused, each old item released as its new one arrives.
        result = self._2result
        old = None
        if _sys.getrefcount(result) == 3:
            old = list(result)
            self._2result = result = None
        items = []
        for i, it in enumerate(self._1its):
            if it is None:
                item = self._3fill
            else:
                for item in it:
                    break
                else:
                    self._4active -= 1
                    if self._4active == 0:
                        if old is not None:
                            self._2result = tuple(items + old[i:])
                        raise StopIteration
                    self._1its[i] = None
                    item = self._3fill
            items.append(item)
            if old is not None:
                old[i] = None
        if old is not None:
            self._2result = result = tuple(items)
            return result
        return tuple(items)


class _grouper:
    """_grouper: one group of a groupby; it holds its parent (strong) and
    its key. The parent names its current grouper by id only (C's borrowed
    currgrouper), so the two make no reference cycle."""
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        # _grouper_next
        gb = self._parent
        if gb._5currgrouper != id(self):
            raise StopIteration
        if gb._4currvalue is _marker:
            gb._step()
        if not _eq_bool(self._tgtkey, gb._3currkey):
            raise StopIteration
        value = gb._4currvalue
        gb._4currvalue = _marker
        gb._3currkey = _marker
        return value


_marker = object()


def _eq_bool(a, b):
    """PyObject_RichCompareBool(a, b, Py_EQ): identity first."""
    return a is b or bool(a == b)


class groupby:
    """groupby(iterable, key=None) --> (key, group) for runs of equal keys."""
    # Slots are released in sorted name order: the digits make it C's
    # (groupby_dealloc: it, keyfunc, tgtkey, currkey, currvalue).
    __slots__ = ('_0it', '_1keyfunc', '_2tgtkey', '_3currkey', '_4currvalue', '_5currgrouper')

    @_keyword_args('groupby', ('iterable', 'key'), 1)
    def __init__(self, iterable, key=None):
        self._0it = iter(iterable)
        self._1keyfunc = key
        self._2tgtkey = _marker
        self._3currkey = _marker
        self._4currvalue = _marker
        self._5currgrouper = None

    def _step(self):
        # groupby_step: the new value and key in place, then the old key
        # released, then the old value.
        newvalue = next(self._0it)
        newkey = newvalue if self._1keyfunc is None else self._1keyfunc(newvalue)
        oldvalue = self._4currvalue
        self._4currvalue = newvalue
        self._3currkey = newkey
        del oldvalue

    def __iter__(self):
        return self

    def __next__(self):
        self._5currgrouper = None
        # Skip to the next key.
        while True:
            if self._3currkey is _marker:
                pass
            elif self._2tgtkey is _marker:
                break
            elif not _eq_bool(self._2tgtkey, self._3currkey):
                break
            self._step()
        self._2tgtkey = self._3currkey
        grouper = _grouper(self, self._2tgtkey)
        self._5currgrouper = id(grouper)
        return (self._3currkey, grouper)


_LINKCELLS = 57


class _tee_dataobject:
    """teedataobject: up to 57 values read from the shared iterator, then a
    link to the next block. Released as C releases it: the iterator first,
    then the values in the order they were read (a dict keeps that order)."""
    # Slots are released in sorted name order: teedataobject_clear's.
    __slots__ = ('_0it', '_1values', '_2nextlink')

    def __init__(self, it):
        self._0it = it
        self._1values = {}
        self._2nextlink = None

    def getitem(self, i):
        values = self._1values
        if i < len(values):
            return values[i]
        value = next(self._0it)
        values[len(values)] = value
        return value

    def jumplink(self):
        if self._2nextlink is None:
            self._2nextlink = _tee_dataobject(self._0it)
        return self._2nextlink


class _tee:
    __slots__ = ('_data', '_index', '__weakref__')

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= _LINKCELLS:
            self._data = self._data.jumplink()
            self._index = 0
        value = self._data.getitem(self._index)
        self._index += 1
        return value

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._data = self._data
        t._index = self._index
        return t


def tee(iterable, n=2):
    """tee(iterable, n=2) --> n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee.__new__(_tee)
        first._data = _tee_dataobject(it)
        first._index = 0
    result = [first]
    for i in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class product:
    """product(*iterables, repeat=1) --> the Cartesian product, as tuples."""
    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __sizeof__(self):
        # product_sizeof: tp_basicsize and one index per pool.
        return 48 + 8 * len(self._pools)

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._pools = [tuple(pool) for pool in iterables] * repeat
        self._indices = None
        self._result = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            if any(len(p) == 0 for p in pools):
                self._stopped = True
                raise StopIteration
            self._indices = _c_array([0] * len(pools))
            self._result = tuple(p[0] for p in pools)
            return self._result
        indices = self._indices
        for i in range(len(pools) - 1, -1, -1):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
        else:
            self._stopped = True
            raise StopIteration
        self._result = tuple(pools[i][indices[i]] for i in range(len(pools)))
        return self._result


class combinations:
    """combinations(iterable, r) --> r-length tuples in sorted order, no repeated elements."""
    __slots__ = ('_pool', '_r', '_indices', '_stopped', '_result')

    def __sizeof__(self):
        # combinations_sizeof: tp_basicsize and r indices.
        return 56 + 8 * self._r

    @_keyword_args('combinations', ('iterable', 'r'), 2)
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._stopped = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = _c_array(range(r))
            self._result = tuple(pool[i] for i in self._indices)
            return self._result
        indices = self._indices
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        self._result = tuple(pool[i] for i in indices)
        return self._result


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> r-length tuples, elements may repeat."""
    __slots__ = ('_pool', '_r', '_indices', '_stopped', '_result')

    def __sizeof__(self):
        # cwr_sizeof: tp_basicsize and r indices.
        return 56 + 8 * self._r

    @_keyword_args('combinations_with_replacement', ('iterable', 'r'), 2)
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._stopped = len(self._pool) == 0 and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = _c_array([0] * r)
            self._result = tuple(pool[i] for i in self._indices)
            return self._result
        indices = self._indices
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._stopped = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        self._result = tuple(pool[i] for i in indices)
        return self._result


class permutations:
    """permutations(iterable, r=None) --> successive r-length permutations."""
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_stopped', '_started', '_result')

    def __sizeof__(self):
        # permutations_sizeof: tp_basicsize, an index per pool item and r cycles.
        return 64 + 8 * (len(self._pool) + self._r)

    @_keyword_args('permutations', ('iterable', 'r'), 1)
    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        if r is not None and not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = n if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        self._r = r
        self._indices = _c_array(range(n))
        self._cycles = _c_array(range(n, n - r, -1))
        self._stopped = r > n
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        indices, cycles = self._indices, self._cycles
        if not self._started:
            self._started = True
            self._result = tuple(pool[i] for i in indices[:r])
            return self._result
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                self._result = tuple(pool[i] for i in indices[:r])
                return self._result
        self._stopped = True
        raise StopIteration


# chain_methods' __class_getitem__: chain[int] is a types.GenericAlias.
chain.__class_getitem__ = classmethod(type(list[int]))
