# Closing a three-stage generator pipeline runs every stage's finally 
# innermost first; breaking out of a for loop; yield from delegating 
# send/throw and its return value.
import weakref
class Line:
    count = 0
    def __init__(self, s):
        Line.count += 1
        self.s = s
    def __del__(self):
        Line.count -= 1
        print("del line", self.s)

def source(lines):
    try:
        for l in lines:
            yield Line(l)
    finally:
        print("source done")

def grep(pat, src):
    try:
        for line in src:
            if pat in line.s:
                yield line
    finally:
        print("grep done")

def upper(src):
    for line in src:
        yield line.s.upper()

p = upper(grep("a", source(["apple", "banana", "cherry", "date", "avocado"])))
print(next(p))
print(next(p), Line.count)
p.close()
print("closed", Line.count)
p2 = grep("e", source(["one", "two", "three"]))
for x in p2:
    print("first e:", x.s)
    break
print("after break", Line.count)
del x
print("del x", Line.count)
del p2
print("del p2")

def delegator():
    result = yield from sub()
    print("sub returned", result)
    yield result
def sub():
    a = yield "s1"
    b = yield "s2"
    return (a, b)
d = delegator()
print(next(d), d.send("A"), d.send("B"))
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("sub caught", e)
        yield "recovered"
def outer():
    v = yield from thrower()
    yield "outer"
o = outer()
next(o)
print(o.throw(ValueError("vv")))
print(next(o))
try:
    o.throw(KeyError, "kk")
except KeyError as e:
    print("propagated", repr(e))
print(o.gi_frame, o.gi_running, o.gi_yieldfrom)
