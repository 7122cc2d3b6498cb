# super().name that no class after the current one defines: the
# AttributeError records name (the mangled name, as the compiler passes it)
# and obj (the super object), as PyObject_GetAttr's
# set_attribute_error_context does; both for a plain load and a method call.
# CPython: Objects/typeobject.c super_getattro, Objects/object.c
#   set_attribute_error_context.
class Base:
    def present(self): return "base present"
class Q(Base):
    def load(self):
        return super().missing
    def call(self):
        return super().absent(1)
    def mangled(self):
        return super().__private
    def ok(self):
        return super().present()
    @classmethod
    def cls_missing(cls):
        return super().nothing
q = Q()
print(q.ok())
for m in (q.load, q.call, q.mangled, Q.cls_missing):
    try:
        m()
    except AttributeError as e:
        print(e, "|", e.name, "|", type(e.obj).__name__, e.obj.__thisclass__.__name__)
# getattr with a default and hasattr swallow the error before any context
s = super(Q, q)
print(getattr(s, "nope", "default"), hasattr(s, "nope"), hasattr(s, "present"))
try:
    getattr(s, "nope")
except AttributeError as e:
    print(e.name, e.obj is s)
# getattr() on a super object looks past __thisclass__ as the dot does
print(getattr(s, "present")(), getattr(super(Q, Q), "present")(q), getattr(s, "__thisclass__").__name__)
