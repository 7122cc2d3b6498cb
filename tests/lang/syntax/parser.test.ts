/**
 * Parser tests. The main table compares `dumpAst` with the text CPython
 * 3.11.7 prints for `ast.dump(ast.parse(source))` (recorded below), so each
 * case checks node kinds, fields, nesting, precedence and contexts at once.
 */
import { dumpAst, parseSyntax, type Assign, type BinOp, type Constant, type Expr, type ExprStmt, type Tuple } from '../../../src/lang/syntax';

/** [source, CPython's ast.dump] -- recorded with python3 3.11.7. */
const CPYTHON_DUMPS: Array<[string, string]> = [
  ["x = 1\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
  ["a = b = c\n", "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
  ["a, b = b, a\n", "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"],
  ["[a, b] = c\n", "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
  ["(a, b), c = d\n", "Module(body=[Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"],
  ["x.y = z\n", "Module(body=[Assign(targets=[Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store())], value=Name(id='z', ctx=Load()))], type_ignores=[])"],
  ["x[0] = 1\n", "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
  ["x[1:2] = y\n", "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Store())], value=Name(id='y', ctx=Load()))], type_ignores=[])"],
  ["x += 1\nx -= 1\nx *= 2\nx //= 3\nx %= 4\nx |= y\nx &= y\nx ^= y\nx /= 2\nx **= 2\nx <<= 1\nx >>= 1\n", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mult(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=3)), AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=4)), AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1))], type_ignores=[])"],
  ["del a\n", "Module(body=[Delete(targets=[Name(id='a', ctx=Del())])], type_ignores=[])"],
  ["del a, b.c, d[0]\n", "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del()), Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value=0), ctx=Del())])], type_ignores=[])"],
  ["del (a, b)\n", "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"],
  ["pass\n", "Module(body=[Pass()], type_ignores=[])"],
  ["if a:\n    pass\n", "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
  ["if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n", "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[If(test=Name(id='b', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[If(test=Name(id='c', ctx=Load()), body=[Expr(value=Name(id='z', ctx=Load()))], orelse=[Expr(value=Name(id='w', ctx=Load()))])])])], type_ignores=[])"],
  ["while x:\n    break\nelse:\n    pass\n", "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()])], type_ignores=[])"],
  ["for i in range(3):\n    continue\nelse:\n    pass\n", "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), body=[Continue()], orelse=[Pass()])], type_ignores=[])"],
  ["for a, b in items:\n    pass\n", "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='items', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
  ["def f():\n    pass\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ["def f(a, b=1, *args, c, d=2, **kw):\n    return a\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[])], type_ignores=[])"],
  ["def f(a, b=1, /, c=2, *, d):\n    return a\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[arg(arg='d')], kw_defaults=[None], defaults=[Constant(value=1), Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[])], type_ignores=[])"],
  ["g = lambda x, /, y: x\n", "Module(body=[Assign(targets=[Name(id='g', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[arg(arg='x')], args=[arg(arg='y')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])"],
  ["def f(*, a):\n    return\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Return()], decorator_list=[])], type_ignores=[])"],
  ["def f(a, *args):\n    return a, args\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], vararg=arg(arg='args'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='args', ctx=Load())], ctx=Load()))], decorator_list=[])], type_ignores=[])"],
  ["class C:\n    pass\n", "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
  ["class C(A, B):\n    x = 1\n    def m(self):\n        return self.x\n", "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Load()))], decorator_list=[])], decorator_list=[])], type_ignores=[])"],
  ["try:\n    a\nexcept:\n    b\n", "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHandler(body=[Expr(value=Name(id='b', ctx=Load()))])], orelse=[], finalbody=[])], type_ignores=[])"],
  ["try:\n    a\nexcept E:\n    b\nexcept (F, G) as e:\n    c\nelse:\n    d\nfinally:\n    e\n", "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Expr(value=Name(id='b', ctx=Load()))]), ExceptHandler(type=Tuple(elts=[Name(id='F', ctx=Load()), Name(id='G', ctx=Load())], ctx=Load()), name='e', body=[Expr(value=Name(id='c', ctx=Load()))])], orelse=[Expr(value=Name(id='d', ctx=Load()))], finalbody=[Expr(value=Name(id='e', ctx=Load()))])], type_ignores=[])"],
  ["try:\n    a\nfinally:\n    b\n", "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[], orelse=[], finalbody=[Expr(value=Name(id='b', ctx=Load()))])], type_ignores=[])"],
  ["raise\n", "Module(body=[Raise()], type_ignores=[])"],
  ["raise E\n", "Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[])"],
  ["raise E('m') from None\n", "Module(body=[Raise(exc=Call(func=Name(id='E', ctx=Load()), args=[Constant(value='m')], keywords=[]), cause=Constant(value=None))], type_ignores=[])"],
  ["assert x\n", "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"],
  ["assert x, 'msg'\n", "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"],
  ["def f():\n    global a, b\n    def g():\n        nonlocal c\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b']), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['c'])], decorator_list=[])], decorator_list=[])], type_ignores=[])"],
  ["import gc\n", "Module(body=[Import(names=[alias(name='gc')])], type_ignores=[])"],
  ["import gc, weakref\n", "Module(body=[Import(names=[alias(name='gc'), alias(name='weakref')])], type_ignores=[])"],
  ["import a.b.c\nimport x as y\n", "Module(body=[Import(names=[alias(name='a.b.c')]), Import(names=[alias(name='x', asname='y')])], type_ignores=[])"],
  ["from weakref import ref, WeakSet as WS\n", "Module(body=[ImportFrom(module='weakref', names=[alias(name='ref'), alias(name='WeakSet', asname='WS')], level=0)], type_ignores=[])"],
  ["from weakref import (ref,\n    proxy,)\n", "Module(body=[ImportFrom(module='weakref', names=[alias(name='ref'), alias(name='proxy')], level=0)], type_ignores=[])"],
  ["x = 1; y = 2;\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"],
  ["if x: a; b\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"],
  ["1 + 2 * 3 - 4 / 5 // 6 % 7\n", "Module(body=[Expr(value=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=Constant(value=4), op=Div(), right=Constant(value=5)), op=FloorDiv(), right=Constant(value=6)), op=Mod(), right=Constant(value=7))))], type_ignores=[])"],
  ["2 ** 3 ** 4\n", "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=4))))], type_ignores=[])"],
  ["-x ** 2\n", "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=Constant(value=2))))], type_ignores=[])"],
  ["2 ** -1\n", "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"],
  ["a | b ^ c & d << 1 >> 2\n", "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Constant(value=1)), op=RShift(), right=Constant(value=2))))))], type_ignores=[])"],
  ["not a and b or c\n", "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"],
  ["a or b or c\n", "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"],
  ["a and b and c or d\n", "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load())]))], type_ignores=[])"],
  ["a < b <= c > d >= e == f != g\n", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load())]))], type_ignores=[])"],
  ["a is b is not c in d not in e\n", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[])"],
  ["not a == b\n", "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"],
  ["-a + +b - ~c\n", "Module(body=[Expr(value=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load()))), op=Sub(), right=UnaryOp(op=Invert(), operand=Name(id='c', ctx=Load()))))], type_ignores=[])"],
  ["a if b else c\n", "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"],
  ["a if b else c if d else e\n", "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"],
  ["lambda: 0\n", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
  ["lambda x, y=1, *a, k, **kw: x\n", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='k')], kw_defaults=[None], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"],
  ["lambda x: lambda y: x + y\n", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='y')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id='y', ctx=Load())))))], type_ignores=[])"],
  ["f()\n", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"],
  ["f(a, *b, c=1, **d)\n", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"],
  ["f(a)(b)(c)\n", "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"],
  ["f(x=1, *a)\n", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='x', value=Constant(value=1))]))], type_ignores=[])"],
  ["a.b.c\n", "Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"],
  ["a[1]\n", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Load()))], type_ignores=[])"],
  ["a[1:2]\n", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[])"],
  ["a[:]\n", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"],
  ["a[::-1]\n", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=UnaryOp(op=USub(), operand=Constant(value=1))), ctx=Load()))], type_ignores=[])"],
  ["a[1:2:3]\n", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[])"],
  ["a[:2, 3]\n", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(upper=Constant(value=2)), Constant(value=3)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
  ["a[1, 2]\n", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
  ["a[b][c]\n", "Module(body=[Expr(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()))], type_ignores=[])"],
  ["a.b[c](d).e\n", "Module(body=[Expr(value=Attribute(value=Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), attr='e', ctx=Load()))], type_ignores=[])"],
  ["[]\n", "Module(body=[Expr(value=List(elts=[], ctx=Load()))], type_ignores=[])"],
  ["[1, 2, 3]\n", "Module(body=[Expr(value=List(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])"],
  ["[1, *a]\n", "Module(body=[Expr(value=List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"],
  ["()\n", "Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"],
  ["(1,)\n", "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"],
  ["(1, 2)\n", "Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
  ["(1)\n", "Module(body=[Expr(value=Constant(value=1))], type_ignores=[])"],
  ["1, 2\n", "Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
  ["{}\n", "Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[])"],
  ["{1: 2, 'a': b}\n", "Module(body=[Expr(value=Dict(keys=[Constant(value=1), Constant(value='a')], values=[Constant(value=2), Name(id='b', ctx=Load())]))], type_ignores=[])"],
  ["{**a, 'b': 1, **c}\n", "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())]))], type_ignores=[])"],
  ["{1, 2}\n", "Module(body=[Expr(value=Set(elts=[Constant(value=1), Constant(value=2)]))], type_ignores=[])"],
  ["{*a, b}\n", "Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[])"],
  ["async def f():\n    await g()\n", "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[])))], decorator_list=[])], type_ignores=[])"],
  ["async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n    return [x async for x in y]\n", "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()]), Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])"],
  ["[x for x in y]\n", "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ["[x for x in y if x if not x]\n", "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))], is_async=0)]))], type_ignores=[])"],
  ["[(x, y) for x in a for y in b if x < y]\n", "Module(body=[Expr(value=ListComp(elt=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[Compare(left=Name(id='x', ctx=Load()), ops=[Lt()], comparators=[Name(id='y', ctx=Load())])], is_async=0)]))], type_ignores=[])"],
  ["{x for x in y}\n", "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ["{k: v for k, v in d.items()}\n", "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[])"],
  ["[[y for y in x] for x in z]\n", "Module(body=[Expr(value=ListComp(elt=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
  ["x = 1\ny = 1.5\nz = 1e3\nw = 12345678901234567890\nv = 0x1f + 0o17 + 0b101 + 1_000\nu = .5 + 5. + 1.5e-3\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1.5)), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=1000.0)), Assign(targets=[Name(id='w', ctx=Store())], value=Constant(value=12345678901234567890)), Assign(targets=[Name(id='v', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1000))), Assign(targets=[Name(id='u', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=0.5), op=Add(), right=Constant(value=5.0)), op=Add(), right=Constant(value=0.0015)))], type_ignores=[])"],
  ["True, False, None\n", "Module(body=[Expr(value=Tuple(elts=[Constant(value=True), Constant(value=False), Constant(value=None)], ctx=Load()))], type_ignores=[])"],
  ["'a' \"b\" '''c''' \"\"\"d\"\"\"\n", "Module(body=[Expr(value=Constant(value='abcd'))], type_ignores=[])"],
  ["'\\n\\t\\\\\\'\\\"\\x41\\u00e9\\U0001F600\\0\\101\\d'\n", "Module(body=[Expr(value=Constant(value='\\n\\t\\\\\\'\"A\u00e9\ud83d\ude00\\x00A\\\\d'))], type_ignores=[])"],
  ["r'\\n' R'\\d'\n", "Module(body=[Expr(value=Constant(value='\\\\n\\\\d'))], type_ignores=[])"],
  ["f'a{b}c'\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])"],
  ["f'{a!r} {b!s} {c!a}'\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114), Constant(value=' '), FormattedValue(value=Name(id='b', ctx=Load()), conversion=115), Constant(value=' '), FormattedValue(value=Name(id='c', ctx=Load()), conversion=97)]))], type_ignores=[])"],
  ["f'{a:>10}'\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"],
  ["f'{a!r:^5}'\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^5')]))]))], type_ignores=[])"],
  ["f'{{}} {a}'\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'{a=}'\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a='), FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))], type_ignores=[])"],
  ["f'{a = !s}'\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a = '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=115)]))], type_ignores=[])"],
  ["f'{ {1: 2}[1] }'\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]), slice=Constant(value=1), ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f\"{d['k']}\"\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["'x' f'{y}' 'z'\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='z')]))], type_ignores=[])"],
  ["f'{x:}'\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"],
  ["rf'\\n{x}'\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'''{\n x\n}'''\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'{a, b}'\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"],
  ["f'{3.14:.2f}'\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))]))], type_ignores=[])"],
  ["x = (a\n     + b)\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())))], type_ignores=[])"],
  ["x = [1,\n     2]\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
  ["x = 1 + \\\n    2\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"],
  ["if x:\n    # comment\n\n    y\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[])"],
  ["x = a if False else 2\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Constant(value=False), body=Name(id='a', ctx=Load()), orelse=Constant(value=2)))], type_ignores=[])"],
  ["print(a, sep='', end='\\n')\n", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value='')), keyword(arg='end', value=Constant(value='\\n'))]))], type_ignores=[])"],
  ["obj.__eq__(x)\n", "Module(body=[Expr(value=Call(func=Attribute(value=Name(id='obj', ctx=Load()), attr='__eq__', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"],
  ["super().__init__()\n", "Module(body=[Expr(value=Call(func=Attribute(value=Call(func=Name(id='super', ctx=Load()), args=[], keywords=[]), attr='__init__', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"],
  ["x = a if b else (c, d)\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Tuple(elts=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())], ctx=Load())))], type_ignores=[])"],
];

function firstExpr(source: string): Expr {
  return (parseSyntax(source, 't.py').body[0] as ExprStmt).value;
}

describe('parser: shapes match CPython ast.dump', () => {
  it.each(CPYTHON_DUMPS)('%j', (source, expected) => {
    expect(dumpAst(parseSyntax(source, 't.py'))).toBe(expected);
  });
});

describe('parser: precedence and associativity', () => {
  const shape = (source: string): string => render(firstExpr(source));
  /** A compact fully parenthesized rendering of binary/unary/boolean structure. */
  function render(e: Expr): string {
    switch (e.kind) {
      case 'BinOp': return `(${render(e.left)} ${e.op} ${render(e.right)})`;
      case 'UnaryOp': return `(${e.op} ${render(e.operand)})`;
      case 'BoolOp': return `(${e.values.map(render).join(` ${e.op} `)})`;
      case 'Compare': return `(${[render(e.left), ...e.ops.map((op, i) => `${op} ${render(e.comparators[i])}`)].join(' ')})`;
      case 'IfExp': return `(${render(e.body)} if ${render(e.test)} else ${render(e.orelse)})`;
      case 'Name': return e.id;
      case 'Constant': return String(e.value);
      default: return e.kind;
    }
  }

  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 - 2 - 3', '((1 - 2) - 3)'],
    ['2 ** 3 ** 2', '(2 ** (3 ** 2))'],
    ['-2 ** 2', '(- (2 ** 2))'],
    ['2 ** -1', '(2 ** (- 1))'],
    ['a | b & c', '(a | (b & c))'],
    ['a ^ b | c', '((a ^ b) | c)'],
    ['a << 1 + 2', '(a << (1 + 2))'],
    ['a // b % c * d', '(((a // b) % c) * d)'],
    ['not a and b', '((not a) and b)'],
    ['a or b and c', '(a or (b and c))'],
    ['not a == b', '(not (a == b))'],
    ['a < b < c', '(a < b < c)'],
    ['a is not b in c', '(a is not b in c)'],
    ['a not in b', '(a not in b)'],
    ['x if a or b else y', '(x if (a or b) else y)'],
    ['a if b else c if d else e', '(a if b else (c if d else e))'],
    ['-a - -b', '((- a) - (- b))'],
    ['~a & b', '((~ a) & b)'],
    ['a + b == c | d', '((a + b) == (c | d))'],
  ])('%s', (source, expected) => {
    expect(shape(source)).toBe(expected);
  });
});

describe('parser: literals', () => {
  it('keeps floats apart from ints', () => {
    const values = (firstExpr('1, 1.0, 1e3, 2.') as Tuple).elts as Constant[];
    expect(values.map((c) => [c.value, c.float === true])).toEqual([[1, false], [1, true], [1000, true], [2, true]]);
  });

  it('uses bigint beyond 2**53 - 1', () => {
    const values = (firstExpr('9007199254740991, 9007199254740992, 0xffffffffffffffffff') as Tuple).elts as Constant[];
    expect(values.map((c) => c.value)).toEqual([9007199254740991, 9007199254740992n, 0xffffffffffffffffffn]);
  });

  it('concatenates adjacent strings and decodes escapes', () => {
    expect((firstExpr("'a' 'b' \"c\"") as Constant).value).toBe('abc');
    expect((firstExpr("u'x' r'\\n'") as Constant).value).toBe('x\\n');
    expect((firstExpr("'\\x41\\101\\u00e9\\n'") as Constant).value).toBe('AA\u00e9\n');
  });

  it('splits f-strings into literal parts and fields', () => {
    const e = firstExpr("'<' f'{a!r:>4}-{b}' '>'");
    expect(e.kind).toBe('JoinedStr');
    if (e.kind !== 'JoinedStr') return;
    expect(e.parts.map((p) => (typeof p === 'string' ? p : [p.conversion, p.formatSpec, (p.value as { id?: string }).id]))).toEqual([
      '<',
      ['r', '>4', 'a'],
      '-',
      [null, null, 'b'],
      '>',
    ]);
  });

  it('gives `{x=}` its text and a default !r', () => {
    const e = firstExpr("f'{ x = }'");
    if (e.kind !== 'JoinedStr') throw new Error('not a JoinedStr');
    expect(e.parts[0]).toBe(' x = ');
    expect(e.parts[1]).toMatchObject({ kind: 'FormattedValue', conversion: 'r', formatSpec: null });
  });
});

describe('parser: locations', () => {
  it('records 1-based lines and 0-based columns with ends, as CPython', () => {
    const assign = parseSyntax('x = 1\nyy = (a +\n  b)\n', 't.py').body[1] as Assign;
    expect(assign).toMatchObject({ line: 2, col: 0, endLine: 3, endCol: 4 });
    expect(assign.value).toMatchObject({ kind: 'BinOp', line: 2, col: 6, endLine: 3, endCol: 3 });
  });

  it('starts an operation at the parenthesis of its left operand', () => {
    const e = firstExpr('(a + b) * c') as BinOp;
    expect(e).toMatchObject({ col: 0, endCol: 11 });
    expect(e.left).toMatchObject({ col: 1, endCol: 6 });
  });

  it('ends a compound statement with its last statement', () => {
    const stmt = parseSyntax('if a:\n    b\nelse:\n    cc\nd\n', 't.py').body[0];
    expect(stmt).toMatchObject({ kind: 'If', line: 1, col: 0, endLine: 4, endCol: 6 });
  });

  it('marks parenthesized tuples', () => {
    expect((firstExpr('(1, 2)') as Tuple).parenthesized).toBe(true);
    expect((firstExpr('1, 2') as Tuple).parenthesized).toBe(false);
  });
});
