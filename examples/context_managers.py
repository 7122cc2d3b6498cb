# Context managers and object lifetimes: the manager lives as long as its
# bound __exit__; an exception swallowed by __exit__ dies with its
# traceback (and the frame locals the traceback keeps) when the with block
# ends; one that propagates keeps them until its handler ends.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Managed:
    def __init__(self, name, swallow=False):
        self.resource = Resource(name)
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.resource.name)
        return self.resource

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.resource.name, exc_type.__name__ if exc_type else None)
        return self.swallow


def work():
    scratch = Resource("scratch (a frame local)")
    raise ValueError("failed")


with Managed("file") as res:
    print("using", res.name)
print("-- the manager is gone; res still holds the resource")
res = None

with Managed("swallowing", swallow=True):
    work()
print("-- the exception and the local it kept died with the block")

try:
    with Managed("propagating"):
        work()
except ValueError as e:
    print("handling", e)
print("-- now they are gone too")
