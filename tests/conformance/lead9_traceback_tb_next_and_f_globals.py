import sys, gc

def inner():
    raise ValueError("boom")

def outer():
    inner()

def frames_of(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_globals["__name__"]))
        tb = tb.tb_next
    return out

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(frames_of(tb))
    second = tb.tb_next
    for bad in (5, "x", second.tb_frame):
        try:
            second.tb_next = bad
        except TypeError as err:
            print("TypeError:", err)
    try:
        second.tb_next.tb_next = tb
    except ValueError as err:
        print("ValueError:", err)
    try:
        del second.tb_next
    except (TypeError, AttributeError) as err:
        print(type(err).__name__ + ":", err)
    second.tb_next = None
    print(frames_of(tb))
    tb.tb_next = None
    print(frames_of(tb))
    import traceback
    for line in traceback.format_exception(e):
        print(line.replace(__file__, "SCRIPT"), end="")

def gen_frame():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e
err = gen_frame()
f = err.__traceback__.tb_frame
print(f.f_code.co_name, f.f_globals is globals(), f.f_globals["__name__"])
class Holder:
    try:
        raise RuntimeError("in class body")
    except RuntimeError as e:
        saved = e
print(Holder.saved.__traceback__.tb_frame.f_globals is globals())
print(Holder.saved.__traceback__.tb_frame.f_code.co_name)
del Holder
print(gc.collect() >= 0)
