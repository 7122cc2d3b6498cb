# Implicit exception chaining as _PyErr_SetObject does it: raising inside an
# except block sets __context__ to the handled exception, replacing an
# earlier context; a link that would make the context chain a cycle is cut;
# raising the handled exception itself, a bare raise and gen.throw leave it.
def show(e):
    chain = []
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        chain.append(type(e).__name__ + ":" + str(e))
        e = e.__context__
    return " <- ".join(chain)

# 1: re-raising an exception that already has a context: context is replaced
saved = None
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    saved = e
print(show(saved))
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise saved
except ValueError as e:
    print(show(e))

# 2: cycle breaking: raising the context's context inside handler
try:
    try:
        raise OSError("first")
    except OSError as first:
        try:
            raise IndexError("second")
        except IndexError as second:
            raise first
except OSError as e:
    print(show(e), e.__context__ is not None and type(e.__context__).__name__)
    print(show(e.__context__))

# 3: raise the handled exception itself
try:
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as e:
    print(show(e))

# 4: builtin error inside handler
try:
    try:
        raise KeyError("k")
    except KeyError:
        [][1]
except IndexError as e:
    print(show(e))

# 5: explicit context set then raised outside handler
e1 = RuntimeError("r")
e1.__context__ = NameError("n")
try:
    raise e1
except RuntimeError as e:
    print(show(e))

# 6: a longer chain with a cycle through context
a = ValueError("a"); b = ValueError("b"); c = ValueError("c")
a.__context__ = b
b.__context__ = c
try:
    try:
        raise a
    except ValueError:
        raise c
except ValueError as e:
    print(show(e), b.__context__)

# 7: generator throw
def gen():
    try:
        yield 1
    except KeyError:
        raise ValueError("from gen")
g = gen(); next(g)
try:
    try:
        raise OSError("outer")
    except OSError:
        g.throw(KeyError("k"))
except ValueError as e:
    print(show(e))
# 8: __context__ with raise from
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise ValueError(2) from None
except ValueError as e:
    print(show(e), e.__suppress_context__, e.__cause__)
