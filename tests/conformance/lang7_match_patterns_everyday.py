# match statements as people write them: command parsing with or-patterns
# and star captures, class patterns of builtins (bool/int/float/str/bytes
# match themselves; complex(x) is a TypeError located at the whole class
# pattern), mapping patterns with **rest, nested class patterns with
# __match_args__, its errors (duplicate names, not a tuple, too many
# positional sub-patterns, a non-type), guards with side effects in order,
# literal/value patterns (0 == 0.0, negative and complex literals, dotted names).
# CPython: Python/ceval.c MATCH_CLASS/MATCH_MAPPING/MATCH_SEQUENCE, compile.c compiler_pattern.
def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]: return f"go {d}"
        case ["go", d]: return f"unknown dir {d}"
        case ["pick", *items] if items: return f"pick {items}"
        case ["pick"]: return "pick nothing"
        case [("quit" | "exit")]: return "bye"
        case []: return "empty"
        case _: return "?"
for c in ["go north", "go west", "pick a b", "pick", "exit", "", "dance now"]:
    print(repr(c), classify(c))
def typed(v):
    match v:
        case bool(b): return f"bool {b}"
        case int(i) if i > 100: return "big int"
        case int(): return "int"
        case float(f) | complex(f): return f"number {f}"
        case str() | bytes(): return "text"
        case [int(), *_] as lst: return f"int list len {len(lst)}"
        case {"x": int(x), "y": int(y)}: return f"point {x},{y}"
        case dict(d) if not d: return "empty dict"
        case tuple((a, b)): return f"pair {a} {b}"
        case _: return type(v).__name__
import traceback
for v in [True, 500, 5, 1.5, 2j, "s", b"b", [1, "a"], {"x": 1, "y": 2, "z": 3}, {}, (1, 2), (1, 2, 3), None]:
    try:
        print(typed(v))
    except TypeError:
        print(traceback.format_exc().replace(__file__, "<scenario>"), end="")
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
match P(1, P(2, 3)):
    case P(x, P(y, z)): print(x, y, z)
match P(1, 2):
    case P(a=1, b=q): print("kw", q)
class Bad:
    __match_args__ = ("a", "a")
    a = 1
try:
    match Bad():
        case Bad(x, y): pass
except TypeError as e: print(e)
class NotTuple:
    __match_args__ = ["a"]
try:
    match NotTuple():
        case NotTuple(x): pass
except TypeError as e: print(e)
try:
    match 5:
        case int(x, y): pass
except TypeError as e: print(e)
try:
    match 5:
        case len(): pass
except TypeError as e: print(e)
def side(v):
    print("guard", v); return v > 1
for n in [1, 2]:
    match n:
        case x if side(x): print("matched", x)
        case _: print("default", n)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}: print(rest)
match "abc":
    case "abc" | "def": print("literal or")
match 0.0:
    case 0: print("0 matches 0.0")
match -1:
    case -1: print("negative literal")
match 1+2j:
    case 1+2j: print("complex literal")
import math
match math.pi:
    case math.pi: print("dotted value")
