# pow with a modulus and exact big powers, int() with a base, str(object=),
# in-place operator and containment messages, instance __dict__ identity and
# equality, str.splitlines.
# CPython: bltinmodule.c, longobject.c, abstract.c binary_iop1, _PySequence_IterSearch.
print(pow(3, 4, 5), pow(2, 100), pow(2, -1), int("12", 8), int("0x1f", 0), int("ff", base=16), str(object=5))
x = 5
try:
    x += "a"
except TypeError as e:
    print(e)
try:
    print(1 in 5)
except TypeError as e:
    print(e)
class C:
    pass
c = C()
c.a = 1
print(c.__dict__ == {"a": 1}, c.__dict__ is c.__dict__, vars(c) == c.__dict__, {"a": 1} == c.__dict__)
print("a\n\nb\r\n".splitlines(True), "a\x0bb\x1cc".splitlines(), "".splitlines(), "x\n".splitlines())
