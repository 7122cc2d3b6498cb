# A list or tuple + an object whose class has __radd__: the right operand answers
# (sq_concat comes last), and the concatenation errors otherwise.
try: [1] + (2,)
except TypeError as e: print(e)
try: (1,) + [2]
except TypeError as e: print(e)
class A:
    def __radd__(self, o): return "radd"
print([1] + A(), (1,) + A())
x=[1]
x += (2,)
print(x)
