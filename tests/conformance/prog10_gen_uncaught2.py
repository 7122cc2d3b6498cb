"""A generator closed during an error; exception in generator's finally."""


def reader(lines):
    try:
        for ln in lines:
            yield ln.strip()
    finally:
        print("reader cleanup")


def upper_all(gen):
    for item in gen:
        yield item.upper()


class Pipeline:
    def __init__(self, src):
        self.src = src

    def __iter__(self):
        return upper_all(reader(self.src))


for x in Pipeline([" a ", "b "]):
    print(x)

g = reader(["x", "y"])
print(next(g))
g.close()
print("closed")


def bad_gen():
    yield 1
    raise StopIteration("oops")


try:
    print(list(bad_gen()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def agen():
    x = yield "ready"
    while True:
        x = yield len(x)


a = agen()
print(next(a), a.send("hello"), a.send([1, 2]))
print(a.send(None))
