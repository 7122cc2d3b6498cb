# Function calls: defaults (evaluated once, so a mutable default is shared),
# *args collecting extra positionals into a tuple, keyword arguments at the
# call site in any order, lambdas with defaults, functions as values.
# CPython: ceval.c initialize_locals (defaults, *args, keywords).
def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct


def collect(first, *rest):
    return (first, rest, type(rest).__name__)


def remember(item, seen=[]):
    seen.append(item)
    return seen


def apply(f, *args):
    return f(args[0], args[1])


print(greet("ann"))
print(greet("bob", "hi"))
print(greet("cid", punct="?"))
print(greet(punct=".", name="dee", greeting="bye"))
print(collect(1))
print(collect(1, 2, 3))
print(remember("a"), remember("b"), "| shared default grows")
print(remember("c", []), "| an explicit list is separate")
add = lambda a, b=10: a + b
print("lambda:", add(1), add(1, 2), add(b=5, a=1))
print("function as value:", apply(add, 3, 4), (lambda: "immediate")())
print("names:", greet.__name__, add.__name__)
ops = {"double": lambda v: v * 2, "neg": lambda v: -v}
print([ops[k](21) for k in ["double", "neg"]])


def varargs_only(*args):
    return len(args)


print("varargs:", varargs_only(), varargs_only(1, "two", [3]))
