# functools.lru_cache as programs use it: cache_info/cache_clear, typed
# keys, maxsize eviction order, keyword arguments in the key, a cached
# method, cache_parameters, and caching builtins.len itself (the wrapper
# calls no Python-level len()).
import builtins
import functools


@functools.lru_cache(maxsize=3)
def square(n):
    print('  computing', n)
    return n * n


for n in (1, 2, 1, 3, 4, 1, 2):
    square(n)
print(square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@functools.cache
def describe(a, *, sep='-'):
    print('  describe', a, sep)
    return sep.join(str(a))


describe(123)
describe(123, sep='-')
describe(a=123)
describe(123, sep='+')
print(describe.cache_info())


class Path:
    def __init__(self, parts):
        self.parts = parts

    @functools.lru_cache(maxsize=None)
    def joined(self, sep):
        return sep.join(self.parts)


p = Path(['a', 'b'])
print(p.joined('/'), p.joined('/'), Path.joined.cache_info().hits)

old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(len)
    print([len('abcdefgh'[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1]])
    print(builtins.len.cache_info())
finally:
    builtins.len = old_len
print(functools.RLock.__name__ in ('RLock', '_RLock'))
