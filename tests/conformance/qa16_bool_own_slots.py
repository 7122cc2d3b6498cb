# bool's type object fills tp_repr and nb_and/nb_or/nb_xor itself
# (Objects/boolobject.c), so bool.__dict__ holds those slot wrappers and
# int.__repr__(True) is int's long_to_decimal_string: '1'.
class Flags:
    """A beginner's settings holder printing its flags every way."""
    def __init__(self, **flags):
        self.flags = flags
    def describe(self):
        for name, value in sorted(self.flags.items()):
            print(f"{name:8} repr={value!r:6} int.__repr__={int.__repr__(value)} "
                  f"bool.__repr__={bool.__repr__(value)} %d={'%d' % value}")

Flags(debug=True, verbose=False, fast=True).describe()
print(sorted(k for k in bool.__dict__ if k not in ("__new__", "__doc__")))
print(bool.__repr__, bool.__dict__["__xor__"], int.__repr__)
print(super(bool, True).__repr__(), True.__repr__(), int.__repr__(False), int.__str__(True))
print(True & True, True | 0, False ^ True, True & 3, 2 | False, type(True & 1).__name__)
print(bool.__and__(True, False), bool.__rand__(True, 6), bool.__or__(True, "x"), True.__xor__(True))
class I(int):
    pass
print(True & I(3), I(3) & True, type(True & I(1)).__name__, type(I(1) | True).__name__)
for bad in (lambda: bool.__and__(1, True), lambda: bool.__repr__(True, 1), lambda: True.__and__(),
            lambda: bool.__xor__(None, True)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
