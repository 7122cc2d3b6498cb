# RecursionError counts C-level recursion entries with the Python frames, as
# CPython 3.11's single recursion counter does: repr()/str()/format of an
# object, comparisons, calling a class or an instance with __call__, and
# METH_O/METH_VARARGS builtins (repr, hash, max) each take one, so recursion
# through them overflows sooner, and the message names the guard that
# overflowed ("while getting the repr of an object", "in comparison", ...).
# A naive __repr__ on a cyclic structure is the everyday case.
import sys
sys.setrecursionlimit(150)
def probe(label, fn):
    global depth
    depth = 0
    try:
        fn()
    except RecursionError as e:
        print(label, depth, e)
def plain():
    global depth; depth += 1; plain()
probe("plain", plain)
class R:
    def __repr__(s):
        global depth; depth += 1; return repr(s)
probe("repr-builtin", lambda: repr(R()))
class RF:
    def __repr__(s):
        global depth; depth += 1; return f"{s!r}"
probe("repr-fstring", lambda: repr(RF()))
class SF:
    def __str__(s):
        global depth; depth += 1; return f"{s}"
probe("str-fstring", lambda: f"{SF()}")
class E:
    def __eq__(s, o):
        global depth; depth += 1; return s == o
probe("eq", lambda: E() == E())
class L:
    def __lt__(s, o):
        global depth; depth += 1; return s < o
probe("lt", lambda: L() < L())
class Init:
    def __init__(s):
        global depth; depth += 1; Init()
probe("class-call", Init)
class C:
    def __call__(s):
        global depth; depth += 1; s()
probe("instance-call", lambda: C()())
class G:
    def __getattr__(s, n):
        global depth; depth += 1; return s.missing
probe("getattr", lambda: G().x)
class H:
    def __hash__(s):
        global depth; depth += 1; return hash(s)
probe("hash", lambda: hash(H()))
class A:
    def __add__(s, o):
        global depth; depth += 1; return s + o
probe("add", lambda: A() + 1)
def via_max(x):
    global depth; depth += 1
    return max([x], key=via_max)
probe("max-key", lambda: via_max(1))
class B:
    def __bool__(s):
        global depth; depth += 1; return bool(s)
probe("bool", lambda: bool(B()))
class Node:
    def __init__(s, name): s.name = name; s.peer = None
    def __repr__(s): return f"Node({s.name}, peer={s.peer!r})"
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
try:
    print(repr(a))
except RecursionError as e:
    print("cyclic repr:", e)
x = []
for i in range(200):
    x = [x]
try:
    print(len(repr(x)))
except RecursionError as e:
    print("nested list repr:", e)
y = []
for i in range(200):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("nested list compare:", e)
print(sys.getrecursionlimit())
