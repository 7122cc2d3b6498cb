# Sizes and counts beyond what C's integer types hold: python3's
# OverflowError messages, MemoryError for sizes it cannot allocate.
import collections
import io
import sys


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


B = 10**19
M = 10**12
cases = [
    ("bytearray(B)", lambda: bytearray(B)), ("bytes(B)", lambda: bytes(B)),
    ("bytearray(M)", lambda: bytearray(M)), ("bytes(-1)", lambda: bytes(-1)),
    ("str.zfill", lambda: 'a'.zfill(B)), ("str.ljust", lambda: 'a'.ljust(B)),
    ("str.center", lambda: 'a'.center(B)), ("str.center(M)", lambda: 'a'.center(M)),
    ("bytes.zfill", lambda: b'a'.zfill(B)), ("bytes.rjust", lambda: b'a'.rjust(B)),
    ("str.expandtabs", lambda: 'a\tb'.expandtabs(B)), ("str.expandtabs(M)", lambda: 'a\tb'.expandtabs(M)),
    ("list * B", lambda: [0] * B), ("list * M", lambda: [0] * M), ("str * -B", lambda: 'a' * -B),
    ("list.__imul__(B)", lambda: [0].__imul__(B)), ("list.__imul__(M)", lambda: [0].__imul__(M)),
    ("list[B]", lambda: [1][B]), ("list.insert", lambda: [1].insert(B, 0)), ("list.pop", lambda: [1].pop(B)),
    ("str.split", lambda: 'a b'.split(' ', B)), ("str.replace", lambda: 'aa'.replace('a', 'b', B)),
    ("str.find", lambda: 'abc'.find('b', B)),
    ("deque maxlen", lambda: collections.deque([], B)), ("StringIO.read", lambda: io.StringIO('x').read(B)),
    ("StringIO.seek", lambda: io.StringIO('x').seek(B)),
    ("int.to_bytes(B)", lambda: (1).to_bytes(B, 'big')), ("int.to_bytes(M)", lambda: (1).to_bytes(M, 'big')),
    ("chr", lambda: chr(B)), ("setrecursionlimit", lambda: sys.setrecursionlimit(B)),
    ("range len", lambda: len(range(B * B))),
]
for label, fn in cases:
    attempt(label, fn)
