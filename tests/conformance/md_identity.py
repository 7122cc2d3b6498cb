# Builtin methods read through their type are method descriptors stored
# once: list.append is list.append, dict.__repr__ is dict.__repr__, a
# class without __init__ gives object.__init__ itself; their reprs and
# types, binding through __get__, calling unbound with CPython's errors;
# classmethods (dict.fromkeys) bind anew at each read.
import weakref


class Plain:
    pass


print(list.append is list.append, dict.__repr__ is dict.__repr__, str.upper is str.upper)
print(list.__dict__["append"] is list.append, Plain.__init__ is object.__init__, Plain.__repr__ is object.__repr__)
print(dict.fromkeys is dict.fromkeys)
print(list.append, dict.__repr__, object.__init__, object.__format__, int.__add__)
print(type(list.append).__name__, type(dict.__repr__).__name__, type([].append).__name__, type(object().__init__).__name__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print(list.append.__get__(None, list) is list.append)
xs = []
bound = list.append.__get__(xs)
bound(1)
list.append(xs, 2)
print(xs, bound.__self__ is xs)
for f in (lambda: list.append(), lambda: list.append(3, 4), lambda: dict.__repr__([]),
          lambda: weakref.ref(list.append), lambda: list.append.__get__(3)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class Derived:
    add = list.append
    show = object.__repr__


try:
    Derived().add(1)
except TypeError as e:
    print("TypeError:", e)
print(Derived.show is object.__repr__, Derived.add is list.append)
print(str.join(", ", ["a", "b"]), int.__add__(1, 2), dict.get({"k": 1}, "k"), sorted(set.union({1}, {2})))
table = {list.append: "append", dict.__repr__: "repr"}
print(table[list.append], table[dict.__repr__])
print(int.__int__(7), (3).__index__(), (2.5).__int__(), float.__abs__(-1.5), (-4).__abs__(), int.__float__(2))
