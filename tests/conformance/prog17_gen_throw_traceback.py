import traceback

def g():
    try:
        yield 1
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("tb frames", names)
        yield 2

gen = g()
next(gen)
def thrower():
    return gen.throw(ValueError("v"))
print(thrower())
try:
    gen.throw(ValueError, ValueError("x"), None)
except ValueError as e:
    print("second throw propagates", e)
gen = g()
try:
    gen.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw", e)
print(gen.gi_frame)
