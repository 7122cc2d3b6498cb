# When objects held by exceptions die: a frame local and an argument of an
# exception handled in place, a traceback returned from a handler, exceptions
# saved in a list then cleared, a __context__ chain cut by assignment.
import gc, weakref
gc.disable()
class T:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
# exceptions holding objects; traceback frames; sys.exc_info lifetime
def raiser():
    local = T("frame-local")
    raise ValueError(T("arg"))
def handler():
    try:
        raiser()
    except ValueError as e:
        print("in handler", e.args[0].n)
    print("after handler")
handler()
print("handler done")
def keep_tb():
    try:
        raiser()
    except ValueError as e:
        return e.__traceback__
tb = keep_tb()
print("tb kept:", tb.tb_next.tb_frame.f_code.co_name)
del tb
print("tb dropped")
saved = []
def save_exc():
    try:
        raiser()
    except ValueError as e:
        saved.append(e)
save_exc()
print("saved")
saved.clear()
print("cleared; collect", gc.collect())
def context_chain():
    try:
        try:
            raise KeyError(T("inner"))
        except KeyError:
            raise RuntimeError(T("outer"))
    except RuntimeError as e:
        return e
err = context_chain()
print("chain", err.args[0].n, err.__context__.args[0].n)
err.__context__ = None
print("context cut")
del err
print("end")
