import sys
def lines_after(f):
    try:
        f()
    except Exception as e:
        t = e.__traceback__.tb_next
        out = []
        while t:
            out.append((t.tb_lineno - t.tb_frame.f_code.co_firstlineno, t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno))
            t = t.tb_next
        return out

def simple():
    1/0
    pass
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
def two_excepts():
    try:
        1/0
    except TypeError:
        pass
    except KeyError:
        pass
def in_except():
    try:
        1/0
    except:
        1/0
        pass
def in_try():
    try:
        1/0
    finally:
        pass
class Noop:
    def __enter__(self): return self
    def __exit__(self, *a): pass
def after_with():
    with Noop():
        1/0
        pass
def nested_with():
    with Noop():
        with Noop():
            x = 1
            1/0
def gen_with():
    with Noop():
        yield 1
        1/0
def gen_other_except():
    try:
        yield 1
        1/0
    except KeyError:
        pass
def drive(g):
    def run():
        for _ in g():
            pass
    return run
for f in (simple, other_except, two_excepts, in_except, in_try, after_with, nested_with, drive(gen_with), drive(gen_other_except)):
    print(f.__name__, lines_after(f))

# an except clause checks every class of its tuple before matching
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print('TypeError', e, repr(e.__context__))
try:
    try:
        raise ValueError
    except (ValueError, 42):
        print('caught?')
except TypeError as e:
    print('TypeError', e)
def f():
    try:
        raise ValueError
    except (KeyError, 42):
        pass
try:
    f()
except TypeError as e:
    print('TypeError', e)
