# traceback carets as 3.11 prints them: ^^^ under the instruction that
# raised (call, attribute, name, store target, unpack target, assert test),
# ~~^^^ for subscripts and operators, none when the instruction is the line.
import sys


class _PathFilter:
    """stdout with this file's path shown as FILE (python3 prints the
    script's absolute path, which depends on the checkout)."""
    def __init__(self, out):
        self.out = out
    def write(self, s):
        return self.out.write(s.replace(__file__, 'FILE'))
    def flush(self):
        pass


sys.stdout = _PathFilter(sys.stdout)
import traceback
class F:
    __slots__ = ()
def t(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().split('\n', 3)[3])
def a1():
    o = F(); o.x = 5
def a2():
    d = (); d[0] = 1
def a3():
    x = None; x += 1
def a4():
    a, b = [1, 2, 3]
def a5():
    for i in 5: pass
def a6():
    assert 1 == 2, 'no'
def a7():
    y = undefined_name
def a8():
    raise ValueError('bad')
def a9():
    z = len(5) + 1
def a10():
    x = {}['k']['j']
def a11():
    return [1][5]
def a12():
    v = 1; v.foo
def a13():
    with 5: pass
def a14():
    print(1 < 'a')
def a15():
    x = -'a'
def a16():
    del undefined_x
def a17():
    import nonexistent_mod
for f in [a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13,a14,a15,a16,a17]: t(f)
