# throw(): every 3.11 signature (instance, class, class+value, class+tuple),
# exceptions caught inside the generator, uncaught ones finishing it, throw
# on a fresh and on a finished generator, and the argument errors.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught ValueError", e.args)
        except KeyError as e:
            print("caught KeyError", e)

g = catcher()
print(next(g))
print(g.throw(ValueError("inst")))
print(g.throw(ValueError))
print(g.throw(ValueError, "val"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(KeyError, None))
try:
    g.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated:", e)
try:
    next(g)
except StopIteration:
    print("finished after uncaught throw")

fresh = catcher()
try:
    fresh.throw(ValueError("early"))
except ValueError as e:
    print("fresh generator raises at once:", e)
print(list(fresh))

done = catcher()
done.close()
try:
    done.throw(RuntimeError("late"))
except RuntimeError as e:
    print("finished generator re-raises:", e)

g = catcher()
next(g)
for bad in [(1,), ("x",), (ValueError("a"), "b"), (ValueError, 1, 2), (int,)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
print(next(g))

def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "handled"
r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("returned", e.value)
