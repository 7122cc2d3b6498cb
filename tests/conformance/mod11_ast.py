# ast: parse (every statement kind, positions in UTF-8 bytes), dump, literal_eval, NodeVisitor/NodeTransformer, unparse, walk.
import ast
src = '''
import os, sys as system
from . import x
@dec(1)
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc."""
    global g
    x = [i * 2 for i in range(10) if i % 2]
    y = {k: v for k, v in kw.items()}
    z = lambda q, *r: q + 1
    if a and not b or c:
        return f"{a!r:>{b}} and {c}"
    elif a is None:
        pass
    else:
        raise ValueError('x') from None
    while True:
        break
    for i, j in zip(x, y):
        continue
    with open('f') as fh, lock:
        del fh
    try:
        1 / 0
    except (ZeroDivisionError, KeyError) as e:
        a += 1
    finally:
        x: int = 5
    assert x, 'msg'
    return -x ** 2, a[1:2, ::3], b.c.d, {1, 2}, (yield), not a, a if b else c, a < b <= c != d
class C(Base, metaclass=M):
    n = ...
    async_ = b'\\x00'
    m = 1.5e-7 + 3j
match p:
    case [1, 2, *rest]: pass
    case {'k': v, **kw}: pass
    case Point(x=0, y=yy) | None: pass
    case str() as s if s: pass
    case _: pass
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, include_attributes=True)[:3000])
print(ast.dump(ast.parse('x = "héllo" + y'), include_attributes=True))
print(ast.dump(ast.parse('1 + 2*3', mode='eval'), indent=2))
print(ast.literal_eval("{'a': [1, 2.5, (3, -4)], 'b': {True, None}, 'c': b'x', 'd': -1-2j}"))
for bad in ('f(x)', '1 + x', '__import__("os")'):
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError', str(e).split(':')[0])
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = V(); v.visit(tree); print(v.names)
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t = T().visit(ast.parse('a = 1 + 2\nprint(a, "s")'))
print(ast.unparse(t))
print(ast.unparse(tree))
print([type(n).__name__ for n in ast.walk(ast.parse('a.b(c)'))])
fn = tree.body[3]
print(fn.name, fn.lineno, fn.col_offset, fn.end_lineno, ast.get_docstring(fn), [d.id if hasattr(d, 'id') else type(d).__name__ for d in fn.decorator_list])
print(ast.get_source_segment(src, fn.body[2].value))
n = ast.Name('x'); print(n.id, n._fields, getattr(n, 'ctx', 'none'), ast.Name._attributes)
try: ast.Name(1, 2, 3)
except TypeError as e: print(e)
print(isinstance(ast.parse('x').body[0].value.ctx, ast.Load), ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)
try: ast.parse('x = = 1')
except SyntaxError as e: print('SyntaxError', e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse('return\nnonlocal q')))
print(ast.Constant(5).value, ast.Return().value, ast.fix_missing_locations(ast.Expression(ast.Name('x', ast.Load()))).body.lineno)
print(ast.Num, isinstance(ast.Constant(1), ast.Num))
