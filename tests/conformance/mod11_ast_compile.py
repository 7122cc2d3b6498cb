# ast in ordinary programs: a safe calculator over ast.parse, compile() of a tree (exec and eval), NodeTransformer then compile, compile(..., PyCF_ONLY_AST).
import ast, operator
# A safe calculator: the usual ast pattern.
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
       ast.Pow: operator.pow, ast.USub: operator.neg}
def calc(expr):
    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp):
            return OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp):
            return OPS[type(node.op)](ev(node.operand))
        raise ValueError('unsupported: %s' % type(node).__name__)
    return ev(ast.parse(expr, mode='eval'))
print(calc('2 + 3 * (4 - 1) ** 2'), calc('-7 / 2'))
try: calc('x + 1')
except ValueError as e: print(e)
tree = ast.parse('x = 1\nprint(x + 1)')
exec(compile(tree, '<ast>', 'exec'))
print(eval(compile(ast.parse('2 ** 10', mode='eval'), '<ast>', 'eval')))
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2) if isinstance(node.value, int) else node
t = ast.fix_missing_locations(Doubler().visit(ast.parse('print(1 + 2, "s")')))
exec(compile(t, '<t>', 'exec'))
for src, mode in (('1', 'exec'), ('x=1', 'eval')):
    try: compile(ast.parse(src, mode='eval' if mode == 'exec' else 'exec'), '<x>', mode)
    except TypeError as e: print(e)
print(type(compile('a + b', '<s>', 'eval', ast.PyCF_ONLY_AST)).__name__)
funcs = [n.name for n in ast.walk(ast.parse('def a(): pass\nclass B:\n    def c(self): pass')) if isinstance(n, ast.FunctionDef)]
print(funcs)
print(ast.literal_eval('[1, (2, 3), {"k": None}]'), ast.literal_eval(' -5'))
