# Where RecursionError strikes in a recursive function that prints or
# formats (3.11's one counter for frames and C entries): a write() to
# sys.stdout or sys.stderr takes two entries (the method call and one
# inside TextIOWrapper.write), so print() fails two frames before a plain
# call, with " while calling a Python object"; str(), repr(), f-strings
# and format() of an int take PyObject_Str/PyObject_Repr's entry as for
# any other object.
import sys

sys.setrecursionlimit(60)


def probe(name, body):
    ns = {"sys": sys, "depth": 0}
    exec(f"def f(n):\n    global depth\n    depth = n\n    {body}\n    f(n + 1)\n", ns)
    try:
        ns["f"](1)
    except RecursionError as e:
        sys.stdout.write(f"\n{name:<28} {ns['depth']:>3} {str(e)[33:]!r}\n")


for body in ["pass", "print(end='')", "print(n, end=' ')", "print(n, file=sys.stderr, end='')",
             "sys.stdout.write('')", "str(n)", "repr(n)", "f'{n}'", "f'{n!r}'", "format(n)",
             "str(True)", "repr(None)", "len('x')"]:
    probe(body, body)


def countdown(n):
    print(n, end=" ")
    countdown(n - 1)


class Node:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return f"Node({self.value}, {self.child!r})"

    @property
    def value(self):
        return 1


node = None
for _ in range(100):
    node = Node(node)
try:
    repr(node)
except RecursionError as e:
    print("repr:", e)
sys.setrecursionlimit(40)
countdown(5)
