# AttributeError.name and .obj as CPython 3.11's PyObject_GetAttr sets them
# (set_attribute_error_context): for a missing attribute, for one that a
# property, __getattr__ or an empty __slots__ member raised, through
# getattr() and bound methods; not for hasattr/getattr-with-default/del;
# an error that already names them keeps its own. The exception holds obj
# alive until it is cleared.
import gc

class Plain:
    pass

class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")

class Dyn:
    def __getattr__(self, name):
        raise AttributeError(f"no {name}")

class Named:
    def __getattr__(self, name):
        raise AttributeError("custom", name="other", obj="someone")

class Slots:
    __slots__ = ("a",)

def show(label, fn):
    try:
        fn()
    except AttributeError as e:
        obj = e.obj
        print(label, repr(e.name), type(obj).__name__ if not isinstance(obj, str) else obj, "|", e)

p = Plain()
show("plain", lambda: p.missing)
show("getattr", lambda: getattr(p, "gone"))
show("class", lambda: Plain.nothing)
show("int", lambda: (5).real_not)
show("str", lambda: "s".nope)
show("none", lambda: None.x)
show("property", lambda: Prop().broken)
show("dyn", lambda: Dyn().thing)
show("named", lambda: Named().thing)
show("slot", lambda: Slots().a)
show("method", lambda: p.__init__.zz)
show("func", lambda: show.qq)
show("module", lambda: gc.nonexistent)
try:
    del p.missing
except AttributeError as e:
    print("del", e.name, e.obj)
e = AttributeError("x")
print(e.name, e.obj)
e = AttributeError("x", name="n", obj=3)
print(e.name, e.obj, e.args)
try:
    AttributeError("x", foo=1)
except TypeError as exc:
    print(exc)
print(hasattr(p, "nope"), getattr(p, "nope", "dflt"))
try:
    undefined_global
except NameError as e:
    print(e.name, e.args)
def inner():
    return undefined_local_name
try:
    inner()
except NameError as e:
    print(e.name)

class Tracked:
    def __del__(self):
        print("del Tracked")
gc.disable()
t = Tracked()
try:
    t.missing
except AttributeError as e:
    saved = e
del t
print("exception still holds obj:", type(saved.obj).__name__)
del saved
print("after del saved")

t = Tracked()
try:
    t.missing
except AttributeError:
    pass
del t
print("handler cleared it")
