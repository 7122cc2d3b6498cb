def inner(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("inner finally", name)

def outer():
    a = inner("x")
    b = inner("y")
    try:
        yield next(a)
        yield next(b)
        yield "outer3"
    finally:
        print("outer finally: closing b then a")
        b.close()
        a.close()
        print("outer finally done")

o = outer()
print(next(o))
print(next(o))
o.close()
print("---")
o = outer()
print(next(o))
del o
print("end")
