# An exception raised by the runtime in a function called from an except
# block has the handled exception as its __context__ (chained when raised,
# not when it leaves the caller's handler); a thread starts with no handled
# exception; gen.throw() does not chain.
import sys
import threading

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("  lookup: context of KeyError:", repr(e.__context__))
        return None

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        return ("bad", repr(e.__context__))

try:
    [][3]
except IndexError:
    print(lookup({}, "k"))
    print(parse("x"))
    def inner():
        return sys.exc_info()[0].__name__
    print(inner())

def gen():
    try:
        yield 1
    except ValueError as e:
        print("gen caught", repr(e.__context__))
        yield 2
g = gen()
next(g)
try:
    {}["k"]
except KeyError:
    print(g.throw(ValueError("v")))

def gen2():
    yield 1
    [][1]
g2 = gen2()
next(g2)
try:
    {}["k2"]
except KeyError:
    try:
        next(g2)
    except IndexError as e:
        print("gen2", repr(e.__context__))

def worker():
    print("thread exc_info", sys.exc_info())
    try:
        [][5]
    except IndexError as e:
        print("thread context", repr(e.__context__))
try:
    {}["k3"]
except KeyError:
    t = threading.Thread(target=worker)
    t.start()
    t.join()

class Resource:
    def close(self):
        return self.missing_attribute

def step1():
    try:
        {}["config"]
    except KeyError:
        step2()

def step2():
    try:
        Resource().close()
    except AttributeError as e:
        raise ValueError("cleanup failed") from e

def main():
    try:
        step1()
    finally:
        print("main finally")

main()
