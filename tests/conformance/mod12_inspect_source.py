# inspect.getsource/getsourcelines/getfile/findsource/getcomments of the
# scenario's own functions, classes, methods, lambdas and frames (linecache
# over the scenario's source, tokenize for the block's end), and
# inspect.signature of them.
import inspect
import linecache
import os
import sys


# A comment block
# about f.
def f(a, b=2, *args, c, d=4, **kw):
    """doc of f"""
    return a + b  # trailing


class K:
    """K's doc"""
    x = 1

    def m(self, y: int) -> str:
        # inside m
        return str(y)

    @staticmethod
    def s(z=(1, 2)):
        return z

    class Inner:
        def deep(self):
            pass


def deco(fn):
    return fn


@deco
def decorated(
        p,
        q=3):
    if p:
        return q
    return None


square = lambda v: v * v  # noqa


def outer():
    def inner(n):
        return n + 1
    return inner


print(inspect.getsource(f), end="")
print(inspect.getsourcelines(K.m))
print(inspect.getfile(f) == __file__, inspect.getsourcefile(K) == __file__,
      os.path.basename(inspect.getfile(inspect)))
print(inspect.getsource(K), end="")
print(inspect.getsource(K.Inner), end="")
print(inspect.getsource(K.Inner.deep), end="")
print(inspect.getsource(K().s), end="")
print(inspect.getsource(decorated), end="")
print(inspect.getsource(square), end="")
print(inspect.getsource(outer()), end="")
print(repr(inspect.getcomments(f)), repr(inspect.getcomments(K.m)))
lines, lnum = inspect.findsource(K.m)
print(lnum, lines[lnum], len(lines) == len(linecache.getlines(__file__)))
print(inspect.getmodule(f) is sys.modules[__name__], inspect.getmodule(K.m).__name__)
print(inspect.getblock(['def g():\n', '    pass\n', 'x = 1\n']))
print(inspect.indentsize("    \tx"))


def where():
    frame = inspect.currentframe()
    return inspect.getsourcelines(frame)[1], inspect.getframeinfo(frame).code_context


print(where())
print(inspect.signature(f), inspect.signature(K.m), inspect.signature(K().m), inspect.signature(decorated))
for p in inspect.signature(f).parameters.values():
    print(p.name, p.kind, p.default)
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.getfile(sys)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.getsource(3)
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = ("a",)


print(inspect.isdatadescriptor(property()), inspect.isdatadescriptor(K.m),
      inspect.ismemberdescriptor(S.a), inspect.isdatadescriptor(S.a))
