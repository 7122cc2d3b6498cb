# PEP 646 syntax (3.11): a starred annotation of *args and starred items in
# a subscript (a lone one makes a one-item tuple).
import ast
from typing import Tuple, TypeVarTuple

Ts = TypeVarTuple('Ts')


def call_all(*args: *Ts) -> tuple[*Ts]:
    return args


print(call_all.__annotations__)
print(tuple[*Ts], Tuple[int, *Ts])


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
rows = [1, 2]
print(g[*rows], g[*rows, 3], g[0, *rows], g[*()], g[*'ab'])

for source in ('x[*a]', 'x[*a, b]', 'x[a:b, *c]', 'def f(*a: *b): pass', 'def f(*a: *b, **k: int) -> c: pass', 'lambda *a: *b'):
    try:
        print(ast.dump(ast.parse(source).body[0]))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)


class Pair:
    def __iter__(self):
        return iter((1, 2))


for bad in (Pair(), ()):
    try:
        def f(*args: *bad):
            pass
    except ValueError as e:
        print('ValueError:', e)
