# The lru_cache wrapper hashes a key once per call (_functoolsmodule.c: the
# KnownHash dict calls), and an evicted key not at all (its link keeps the
# hash); hits, misses, eviction order and what is released when stay as in
# CPython.
import functools

calls = []


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        calls.append(self.name)
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

    def __repr__(self):
        return f'Key({self.name})'


class Result:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  result freed', self.name)


@functools.lru_cache(maxsize=2)
def bounded(k):
    return Result(k.name)


@functools.lru_cache(maxsize=None)
def unbounded(k, *, scale=1):
    return k.name * scale


for name in ['a', 'b', 'a', 'c', 'b', 'a']:
    calls.clear()
    r = bounded(Key(name))
    print(name, r.name, 'hashed:', calls, bounded.cache_info())
    del r
calls.clear()
print(unbounded(Key('x')), unbounded(Key('x')), unbounded(Key('x'), scale=2), 'hashed:', calls)
print(unbounded.cache_info())


@functools.lru_cache(maxsize=1)
def single(k):
    return k


calls.clear()
single(Key('p'))
single(Key('q'))
single(Key('q'))
print('single hashed:', calls, single.cache_info())
print('clear')
bounded.cache_clear()
print(bounded.cache_info())
