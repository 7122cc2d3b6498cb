# Errors raised while a class statement makes its class (__build_class__:
# the metaclass, type.__new__'s checks, a metaclass's __new__) are located
# at the whole class statement: no carets when it spans lines or fills its
# line; an error in a base expression keeps that expression's position.
# Printed with traceback.format_exc to stdout.
# CPython: Python/compile.c compiler_class (the CALL's location), bltinmodule.c builtin___build_class__.
import traceback
def attempt(src):
    try:
        exec(src, {})
    except Exception:
        print(traceback.format_exc().replace(__file__, "<scenario>"), end="")
attempt("class S(type):\n    __slots__ = ('q',)\n")
attempt("class S(type): __slots__ = ('q',)\n")
attempt("class A: pass\nclass B(A, A): pass\n")
attempt("class M1(type): pass\nclass M2(type): pass\nclass A(metaclass=M1): pass\nclass B(metaclass=M2): pass\nclass C(A, B):\n    x = 1\n")
attempt("class C(undefined_base): pass\n")
attempt("class C(object, undefined_base): pass\n")
attempt("class Meta(type):\n    def __new__(m, *a):\n        raise ValueError('no')\nclass C(metaclass=Meta):\n    pass\n")
attempt("@print\nclass C(int, str):\n    pass\n")
attempt("class C:\n    x = 1 / 0\n")
attempt("class C(  object  ,  metaclass = 3  ): pass\n")
