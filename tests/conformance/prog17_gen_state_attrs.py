import inspect

def g():
    print("running inside:", gen.gi_running, inspect.getgeneratorstate(gen))
    x = yield 1
    print("got", x)
    yield 2

gen = g()
print(inspect.getgeneratorstate(gen), gen.gi_running, gen.gi_suspended)
print(next(gen))
print(inspect.getgeneratorstate(gen), gen.gi_suspended, gen.gi_frame is not None)
print(gen.send("hi"))
print(gen.gi_frame.f_locals)
gen.close()
print(inspect.getgeneratorstate(gen), gen.gi_suspended, gen.gi_frame)
print(gen.gi_code.co_name, gen.__name__, gen.__qualname__)

def reent():
    yield next(r)
r = reent()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(inspect.getgeneratorstate(r))
