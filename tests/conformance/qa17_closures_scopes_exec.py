def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
x = "global"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "modified global"
        return x
    inner()
    return x
print(outer(), x)
def scope_error():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
scope_error()
def free_error():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 2
free_error()
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
class A:
    v = 1
    vals = [v * 2 for _ in range(2)] if False else None
    def m(self):
        return v if False else A.v
    try:
        w = [v for _ in range(1)]
    except NameError as e:
        err = str(e)
print(A().m(), A.err)
def gen_scope():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(4):
        add(i)
    return total
print(gen_scope())
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda x, /, y=2, *, z: x + y + z)(1, z=3))
def deco_with_state(fn):
    fn.calls = 0
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@deco_with_state
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
print([(n := n + 1) for n in [0, 1]] if False else [(y := v * 2) for v in range(3)], y)
if (m := len("hello")) > 3:
    print("long", m)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print(data)
def f():
    return [locals().get("k") for k in range(1)], sorted(locals())
print(f())
exec_ns = {}
exec("a = 1\ndef h(): return a + 1\nb = h()", exec_ns)
print(exec_ns["b"], eval("a * 10", exec_ns), eval("x + 1", {"x": 5}, {"x": 7}))
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), code.co_filename, type(code).__name__)
def kw_only(*, a, b=2): return a + b
print(kw_only(a=1), kw_only(b=5, a=1), sorted(kw_only.__kwdefaults__.items()), kw_only.__defaults__)
