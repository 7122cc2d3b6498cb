# abc.get_cache_token() is _abc's invalidation counter: python3's start-up
# has registered 25 classes with ABCs (collections.abc's builtins, os,
# collections, ...) before __main__ runs, so the token does not move when
# the program imports those modules; each register() of the program (or
# of a module start-up did not import) moves it by one and invalidates
# every ABC's negative cache.
import abc

t0 = abc.get_cache_token()
print('start', t0)

import collections
import collections.abc
import os
import functools
print('after start-up modules', abc.get_cache_token() - t0)


class A(abc.ABC):
    pass


class B:
    pass


print(isinstance(B(), A), abc.get_cache_token() - t0)
A.register(B)
print(isinstance(B(), A), abc.get_cache_token() - t0)
A.register(B)  # already a subclass: no change
print(abc.get_cache_token() - t0)
collections.abc.Sized.register(B)
print(abc.get_cache_token() - t0)

import numbers  # not a start-up module: its registrations count
print('after numbers', abc.get_cache_token() - t0)
print(abc.get_cache_token() == abc.get_cache_token())
