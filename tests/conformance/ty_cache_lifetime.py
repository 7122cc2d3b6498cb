# Lifetimes through typing's alias cache: List[C] and Optional[C] are
# cached (functools.lru_cache in typing._tp_cache), so a class used in such
# an annotation stays alive after the program drops it, until the caches
# are cleared; builtin generic aliases (list[C]) are not cached.
import gc
import typing
from typing import List, Optional

gc.disable()


def make(name):
    return type(name, (), {})


A = make("A")
import weakref
wa = weakref.ref(A, lambda r: print("A reclaimed"))
B = make("B")
wb = weakref.ref(B, lambda r: print("B reclaimed"))


def f(x: List[A]) -> Optional[A]:
    return None


def g(x: list[B]) -> B | None:
    return None


print(List[A] is List[A], list[B] is list[B], f.__annotations__, g.__annotations__)
del A, B, f, g
gc.collect()
print("after collect: A alive", wa() is not None, "B alive", wb() is not None)
for clear in typing._cleanups:
    clear()
gc.collect()
print("after clearing typing caches: A alive", wa() is not None)
