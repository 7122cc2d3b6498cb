# A generator's own `for` loop steps a builtin iterator (list, tuple, dict
# views, range, str, zip, enumerate, map, another generator) through its
# type's slot looked up once per loop; a class's iterator, a class whose
# __next__ changes, and a weak proxy still step through next(). Lists and
# dicts changing during the loop behave as in CPython.
import weakref


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def each(it):
    for x in it:
        yield x


print(list(each([1, 2, 3])))
print(list(each((4, 5))))
print(list(each({"a": 1, "b": 2})))
print(list(each({"a": 1, "b": 2}.values())))
print(list(each({"a": 1, "b": 2}.items())))
print(list(each(range(3))))
print(list(each("hey")))
print(list(each(zip([1, 2], "ab"))))
print(list(each(enumerate("xy"))))
print(list(each(map(abs, [-1, -2]))))
print(list(each(each([7, 8]))))
print(list(each(Counter(3))))
print(list(each(iter(Counter(2)))))
print(list(each({3, 1, 2})))
print(list(each(bytes([65, 66]))))
print(list(each(reversed([1, 2, 3]))))


def stop_now(self):
    raise StopIteration


class Switch:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            Switch.__next__ = stop_now
        return self.n


print(list(each(Switch())))


class Holder:
    pass


holder = Holder()
holder.items = Counter(2)
proxy = weakref.proxy(holder.items)
print(list(each(proxy)))


def growing():
    lst = [1, 2]
    for x in lst:
        if len(lst) < 5:
            lst.append(x * 10)
        yield x


print(list(growing()))


def shrinking():
    d = {1: "a", 2: "b"}
    for k in d:
        yield k
        d[k + 10] = "c"


try:
    print(list(shrinking()))
except RuntimeError as e:
    print("RuntimeError", e)


def not_iterable():
    for x in 5:
        yield x


try:
    list(not_iterable())
except TypeError as e:
    print("TypeError", e)


def break_else():
    for x in range(5):
        if x == 2:
            break
        yield x
    else:
        yield "else"
    for y in range(2):
        yield y
    else:
        yield "else2"


print(list(break_else()))


def nested():
    for a in [1, 2]:
        for b in (a, a * 10):
            yield a, b


print(list(nested()))


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def items_gen():
    for it in [Item("i1"), Item("i2")]:
        yield it.name
    print("loop over")


g = items_gen()
print(next(g))
print(next(g))
print("closing")
g.close()
print("closed")
