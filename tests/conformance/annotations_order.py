# Annotations are evaluated as 3.11 does: a def's after its defaults (parameters,
# *args, keyword-only, **kwargs, then return) into __annotations__; a module
# or class annotated name after its value; never inside a function body.
def trace(x):
    print("eval", x)
    return x
def f(a: trace("a"), b: trace("b") = trace("default b"), *args: trace("args"), c: trace("c"), d: trace("d") = 4, **kw: trace("kw")) -> trace("ret"):
    pass
print(f.__annotations__)
x: trace("x ann") = trace("x value")
print(__annotations__)
class C:
    a: int
    b: str = "s"
    print("in body", __annotations__)
print(C.__annotations__)
def g():
    local: trace("never") = 1
    return local
print(g(), g.__annotations__)
