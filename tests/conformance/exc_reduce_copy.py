# BaseException.__reduce__ ((type, args), plus the instance dict once it has
# attributes or notes), object.__reduce_ex__ answering with a class's own
# or a builtin base's __reduce__, and copy.copy() through them.
import copy
e = ValueError("a", 1)
print(e.__reduce__(), e.__reduce_ex__(2))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(3)
print(m.__reduce__())
c = copy.copy(ValueError("x"))
print(repr(c), type(c).__name__)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(2)).v, R(5).__reduce_ex__(4))
n = KeyError("k"); n.add_note("note")
print(n.__reduce__())
