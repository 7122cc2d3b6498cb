# A def or class whose name the enclosing function (or class) declares
# global gets a module-level __qualname__ (compiler_set_qualname), so pickle
# finds it; a dataclass made that way pickles.
import pickle
from dataclasses import dataclass, field


def make():
    global Point, helper

    @dataclass
    class Point:
        x: int
        y: list = field(default_factory=list)

        def norm(self):
            return abs(self.x)

    def helper():
        return 'helper'

    class Local:
        pass

    return Local


Local = make()
print(Point.__qualname__, Point.norm.__qualname__, helper.__qualname__, Local.__qualname__)
p = Point(-3, [1, 2])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    q = pickle.loads(pickle.dumps(p, proto))
    assert q == p and q is not p
print(q, q.norm(), pickle.loads(pickle.dumps(helper))())
try:
    pickle.dumps(Local())
except (AttributeError, pickle.PicklingError) as e:
    print(type(e).__name__, e)


class Holder:
    global free_function

    def free_function():
        return 'free'

    class Inner:
        global Escaped

        class Escaped:
            pass


print(free_function.__qualname__, Holder.Inner.__qualname__, Escaped.__qualname__)
print(pickle.loads(pickle.dumps(free_function))(), pickle.loads(pickle.dumps(Escaped())).__class__.__name__)
