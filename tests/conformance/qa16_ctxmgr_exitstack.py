from contextlib import contextmanager, suppress, ExitStack

class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        return False

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"caught in tag: {e}")
    finally:
        print(f"</{name}>")

with Resource("a") as a, Resource("b") as b:
    print("body", a.name, b.name)

try:
    with Resource("c"):
        raise KeyError("boom")
except KeyError as e:
    print("outer caught", repr(e))

with tag("div") as t:
    print("inside", t)
with tag("p"):
    raise ValueError("bad para")
print("after p")

with suppress(ZeroDivisionError):
    print(1 / 0)
print("suppressed")

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("stack body", [r.name for r in rs])
print("end")
