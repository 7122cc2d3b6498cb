"""_ast for gclab: the node classes of CPython 3.11's C module _ast
(Python/Python-ast.c), from the Python.asdl grammar: each class with its
_fields, its _attributes (the positions of stmt, expr, excepthandler, arg,
keyword, alias and pattern nodes), None defaults for the optional fields,
the grammar line as its docstring, and __module__ 'ast' as CPython shows
it. AST's constructor takes the fields by position and anything by
keyword, with C's message for too many positional arguments.

_gclab_parse is ast.parse's parser: gclab's parser gives the tree as the
text of ast.dump(tree, include_attributes=True), evaluated here with the
node classes (the expr_context and operator nodes are one object each, as
the C parser's singletons).
"""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, n, '' if n == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        d = getattr(self, '__dict__', None)
        if d:
            return type(self), (), d
        return type(self), ()


AST.__module__ = 'ast'

_NODES = [
    ('operator', 'AST', (), (), (), 'operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv'),
    ('Add', 'operator', (), None, (), 'Add'),
    ('boolop', 'AST', (), (), (), 'boolop = And | Or'),
    ('And', 'boolop', (), None, (), 'And'),
    ('stmt', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset'), 'stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)\n     | Return(expr? value)\n     | Delete(expr* targets)\n     | Assign(expr* targets, expr value, string? type_comment)\n     | AugAssign(expr target, operator op, expr value)\n     | AnnAssign(expr target, expr annotation, expr? value, int simple)\n     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | While(expr test, stmt* body, stmt* orelse)\n     | If(expr test, stmt* body, stmt* orelse)\n     | With(withitem* items, stmt* body, string? type_comment)\n     | AsyncWith(withitem* items, stmt* body, string? type_comment)\n     | Match(expr subject, match_case* cases)\n     | Raise(expr? exc, expr? cause)\n     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | Assert(expr test, expr? msg)\n     | Import(alias* names)\n     | ImportFrom(identifier? module, alias* names, int? level)\n     | Global(identifier* names)\n     | Nonlocal(identifier* names)\n     | Expr(expr value)\n     | Pass\n     | Break\n     | Continue'),
    ('AnnAssign', 'stmt', ('target', 'annotation', 'value', 'simple'), None, ('value',), 'AnnAssign(expr target, expr annotation, expr? value, int simple)'),
    ('Assert', 'stmt', ('test', 'msg'), None, ('msg',), 'Assert(expr test, expr? msg)'),
    ('Assign', 'stmt', ('targets', 'value', 'type_comment'), None, ('type_comment',), 'Assign(expr* targets, expr value, string? type_comment)'),
    ('AsyncFor', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None, ('type_comment',), 'AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)'),
    ('AsyncFunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), None, ('returns', 'type_comment'), 'AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)'),
    ('AsyncWith', 'stmt', ('items', 'body', 'type_comment'), None, ('type_comment',), 'AsyncWith(withitem* items, stmt* body, string? type_comment)'),
    ('expr', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset'), 'expr = BoolOp(boolop op, expr* values)\n     | NamedExpr(expr target, expr value)\n     | BinOp(expr left, operator op, expr right)\n     | UnaryOp(unaryop op, expr operand)\n     | Lambda(arguments args, expr body)\n     | IfExp(expr test, expr body, expr orelse)\n     | Dict(expr* keys, expr* values)\n     | Set(expr* elts)\n     | ListComp(expr elt, comprehension* generators)\n     | SetComp(expr elt, comprehension* generators)\n     | DictComp(expr key, expr value, comprehension* generators)\n     | GeneratorExp(expr elt, comprehension* generators)\n     | Await(expr value)\n     | Yield(expr? value)\n     | YieldFrom(expr value)\n     | Compare(expr left, cmpop* ops, expr* comparators)\n     | Call(expr func, expr* args, keyword* keywords)\n     | FormattedValue(expr value, int conversion, expr? format_spec)\n     | JoinedStr(expr* values)\n     | Constant(constant value, string? kind)\n     | Attribute(expr value, identifier attr, expr_context ctx)\n     | Subscript(expr value, expr slice, expr_context ctx)\n     | Starred(expr value, expr_context ctx)\n     | Name(identifier id, expr_context ctx)\n     | List(expr* elts, expr_context ctx)\n     | Tuple(expr* elts, expr_context ctx)\n     | Slice(expr? lower, expr? upper, expr? step)'),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), None, (), 'Attribute(expr value, identifier attr, expr_context ctx)'),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), None, (), 'AugAssign(expr target, operator op, expr value)'),
    ('Await', 'expr', ('value',), None, (), 'Await(expr value)'),
    ('BinOp', 'expr', ('left', 'op', 'right'), None, (), 'BinOp(expr left, operator op, expr right)'),
    ('BitAnd', 'operator', (), None, (), 'BitAnd'),
    ('BitOr', 'operator', (), None, (), 'BitOr'),
    ('BitXor', 'operator', (), None, (), 'BitXor'),
    ('BoolOp', 'expr', ('op', 'values'), None, (), 'BoolOp(boolop op, expr* values)'),
    ('Break', 'stmt', (), None, (), 'Break'),
    ('Call', 'expr', ('func', 'args', 'keywords'), None, (), 'Call(expr func, expr* args, keyword* keywords)'),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'body', 'decorator_list'), None, (), 'ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)'),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), None, (), 'Compare(expr left, cmpop* ops, expr* comparators)'),
    ('Constant', 'expr', ('value', 'kind'), None, ('kind',), 'Constant(constant value, string? kind)'),
    ('Continue', 'stmt', (), None, (), 'Continue'),
    ('expr_context', 'AST', (), (), (), 'expr_context = Load | Store | Del'),
    ('Del', 'expr_context', (), None, (), 'Del'),
    ('Delete', 'stmt', ('targets',), None, (), 'Delete(expr* targets)'),
    ('Dict', 'expr', ('keys', 'values'), None, (), 'Dict(expr* keys, expr* values)'),
    ('DictComp', 'expr', ('key', 'value', 'generators'), None, (), 'DictComp(expr key, expr value, comprehension* generators)'),
    ('Div', 'operator', (), None, (), 'Div'),
    ('cmpop', 'AST', (), (), (), 'cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn'),
    ('Eq', 'cmpop', (), None, (), 'Eq'),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset'), 'excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)'),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), None, ('type', 'name'), 'ExceptHandler(expr? type, identifier? name, stmt* body)'),
    ('Expr', 'stmt', ('value',), None, (), 'Expr(expr value)'),
    ('mod', 'AST', (), (), (), 'mod = Module(stmt* body, type_ignore* type_ignores)\n    | Interactive(stmt* body)\n    | Expression(expr body)\n    | FunctionType(expr* argtypes, expr returns)'),
    ('Expression', 'mod', ('body',), None, (), 'Expression(expr body)'),
    ('FloorDiv', 'operator', (), None, (), 'FloorDiv'),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), None, ('type_comment',), 'For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)'),
    ('FormattedValue', 'expr', ('value', 'conversion', 'format_spec'), None, ('format_spec',), 'FormattedValue(expr value, int conversion, expr? format_spec)'),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), None, ('returns', 'type_comment'), 'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)'),
    ('FunctionType', 'mod', ('argtypes', 'returns'), None, (), 'FunctionType(expr* argtypes, expr returns)'),
    ('GeneratorExp', 'expr', ('elt', 'generators'), None, (), 'GeneratorExp(expr elt, comprehension* generators)'),
    ('Global', 'stmt', ('names',), None, (), 'Global(identifier* names)'),
    ('Gt', 'cmpop', (), None, (), 'Gt'),
    ('GtE', 'cmpop', (), None, (), 'GtE'),
    ('If', 'stmt', ('test', 'body', 'orelse'), None, (), 'If(expr test, stmt* body, stmt* orelse)'),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), None, (), 'IfExp(expr test, expr body, expr orelse)'),
    ('Import', 'stmt', ('names',), None, (), 'Import(alias* names)'),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), None, ('module', 'level'), 'ImportFrom(identifier? module, alias* names, int? level)'),
    ('In', 'cmpop', (), None, (), 'In'),
    ('Interactive', 'mod', ('body',), None, (), 'Interactive(stmt* body)'),
    ('unaryop', 'AST', (), (), (), 'unaryop = Invert | Not | UAdd | USub'),
    ('Invert', 'unaryop', (), None, (), 'Invert'),
    ('Is', 'cmpop', (), None, (), 'Is'),
    ('IsNot', 'cmpop', (), None, (), 'IsNot'),
    ('JoinedStr', 'expr', ('values',), None, (), 'JoinedStr(expr* values)'),
    ('LShift', 'operator', (), None, (), 'LShift'),
    ('Lambda', 'expr', ('args', 'body'), None, (), 'Lambda(arguments args, expr body)'),
    ('List', 'expr', ('elts', 'ctx'), None, (), 'List(expr* elts, expr_context ctx)'),
    ('ListComp', 'expr', ('elt', 'generators'), None, (), 'ListComp(expr elt, comprehension* generators)'),
    ('Load', 'expr_context', (), None, (), 'Load'),
    ('Lt', 'cmpop', (), None, (), 'Lt'),
    ('LtE', 'cmpop', (), None, (), 'LtE'),
    ('MatMult', 'operator', (), None, (), 'MatMult'),
    ('Match', 'stmt', ('subject', 'cases'), None, (), 'Match(expr subject, match_case* cases)'),
    ('pattern', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), (), 'pattern = MatchValue(expr value)\n        | MatchSingleton(constant value)\n        | MatchSequence(pattern* patterns)\n        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)\n        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)\n        | MatchStar(identifier? name)\n        | MatchAs(pattern? pattern, identifier? name)\n        | MatchOr(pattern* patterns)'),
    ('MatchAs', 'pattern', ('pattern', 'name'), None, ('pattern', 'name'), 'MatchAs(pattern? pattern, identifier? name)'),
    ('MatchClass', 'pattern', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), None, (), 'MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)'),
    ('MatchMapping', 'pattern', ('keys', 'patterns', 'rest'), None, ('rest',), 'MatchMapping(expr* keys, pattern* patterns, identifier? rest)'),
    ('MatchOr', 'pattern', ('patterns',), None, (), 'MatchOr(pattern* patterns)'),
    ('MatchSequence', 'pattern', ('patterns',), None, (), 'MatchSequence(pattern* patterns)'),
    ('MatchSingleton', 'pattern', ('value',), None, (), 'MatchSingleton(constant value)'),
    ('MatchStar', 'pattern', ('name',), None, ('name',), 'MatchStar(identifier? name)'),
    ('MatchValue', 'pattern', ('value',), None, (), 'MatchValue(expr value)'),
    ('Mod', 'operator', (), None, (), 'Mod'),
    ('Module', 'mod', ('body', 'type_ignores'), None, (), 'Module(stmt* body, type_ignore* type_ignores)'),
    ('Mult', 'operator', (), None, (), 'Mult'),
    ('Name', 'expr', ('id', 'ctx'), None, (), 'Name(identifier id, expr_context ctx)'),
    ('NamedExpr', 'expr', ('target', 'value'), None, (), 'NamedExpr(expr target, expr value)'),
    ('Nonlocal', 'stmt', ('names',), None, (), 'Nonlocal(identifier* names)'),
    ('Not', 'unaryop', (), None, (), 'Not'),
    ('NotEq', 'cmpop', (), None, (), 'NotEq'),
    ('NotIn', 'cmpop', (), None, (), 'NotIn'),
    ('Or', 'boolop', (), None, (), 'Or'),
    ('Pass', 'stmt', (), None, (), 'Pass'),
    ('Pow', 'operator', (), None, (), 'Pow'),
    ('RShift', 'operator', (), None, (), 'RShift'),
    ('Raise', 'stmt', ('exc', 'cause'), None, ('exc', 'cause'), 'Raise(expr? exc, expr? cause)'),
    ('Return', 'stmt', ('value',), None, ('value',), 'Return(expr? value)'),
    ('Set', 'expr', ('elts',), None, (), 'Set(expr* elts)'),
    ('SetComp', 'expr', ('elt', 'generators'), None, (), 'SetComp(expr elt, comprehension* generators)'),
    ('Slice', 'expr', ('lower', 'upper', 'step'), None, ('lower', 'upper', 'step'), 'Slice(expr? lower, expr? upper, expr? step)'),
    ('Starred', 'expr', ('value', 'ctx'), None, (), 'Starred(expr value, expr_context ctx)'),
    ('Store', 'expr_context', (), None, (), 'Store'),
    ('Sub', 'operator', (), None, (), 'Sub'),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), None, (), 'Subscript(expr value, expr slice, expr_context ctx)'),
    ('Try', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None, (), 'Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)'),
    ('TryStar', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), None, (), 'TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)'),
    ('Tuple', 'expr', ('elts', 'ctx'), None, (), 'Tuple(expr* elts, expr_context ctx)'),
    ('type_ignore', 'AST', (), (), (), 'type_ignore = TypeIgnore(int lineno, string tag)'),
    ('TypeIgnore', 'type_ignore', ('lineno', 'tag'), None, (), 'TypeIgnore(int lineno, string tag)'),
    ('UAdd', 'unaryop', (), None, (), 'UAdd'),
    ('USub', 'unaryop', (), None, (), 'USub'),
    ('UnaryOp', 'expr', ('op', 'operand'), None, (), 'UnaryOp(unaryop op, expr operand)'),
    ('While', 'stmt', ('test', 'body', 'orelse'), None, (), 'While(expr test, stmt* body, stmt* orelse)'),
    ('With', 'stmt', ('items', 'body', 'type_comment'), None, ('type_comment',), 'With(withitem* items, stmt* body, string? type_comment)'),
    ('Yield', 'expr', ('value',), None, ('value',), 'Yield(expr? value)'),
    ('YieldFrom', 'expr', ('value',), None, (), 'YieldFrom(expr value)'),
    ('alias', 'AST', ('name', 'asname'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('asname', 'end_lineno', 'end_col_offset'), 'alias(identifier name, identifier? asname)'),
    ('arg', 'AST', ('arg', 'annotation', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('annotation', 'type_comment', 'end_lineno', 'end_col_offset'), 'arg(identifier arg, expr? annotation, string? type_comment)'),
    ('arguments', 'AST', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'), (), ('vararg', 'kwarg'), 'arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)'),
    ('comprehension', 'AST', ('target', 'iter', 'ifs', 'is_async'), (), (), 'comprehension(expr target, expr iter, expr* ifs, int is_async)'),
    ('keyword', 'AST', ('arg', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('arg', 'end_lineno', 'end_col_offset'), 'keyword(identifier? arg, expr value)'),
    ('match_case', 'AST', ('pattern', 'guard', 'body'), (), ('guard',), 'match_case(pattern pattern, expr? guard, stmt* body)'),
    ('withitem', 'AST', ('context_expr', 'optional_vars'), (), ('optional_vars',), 'withitem(expr context_expr, expr? optional_vars)'),
]


def _make_classes():
    space = globals()
    for name, base, fields, attributes, nones, doc in _NODES:
        ns = {'__module__': 'ast', '__doc__': doc, '_fields': fields, '__match_args__': fields}
        if attributes is not None:
            ns['_attributes'] = attributes
        for field in nones:
            ns[field] = None
        space[name] = type(name, (space[base],), ns)


_make_classes()
del _make_classes

# The nodes the C parser makes once and shares.
_SINGLETONS = ('Load', 'Store', 'Del', 'And', 'Or', 'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow',
               'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv', 'Invert', 'Not', 'UAdd', 'USub',
               'Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn')


def _parse_namespace():
    space = {'__builtins__': {'Ellipsis': Ellipsis, 'None': None, 'True': True, 'False': False}}
    for entry in _NODES:
        space[entry[0]] = globals()[entry[0]]
    for name in _SINGLETONS:
        node = globals()[name]()
        space[name] = (lambda node: lambda: node)(node)
    return space


_namespace = None


def _gclab_parse(source, filename='<unknown>', mode='exec'):
    """compile(source, filename, mode, PyCF_ONLY_AST): the tree of node objects."""
    global _namespace
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    if not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if mode not in ('exec', 'eval', 'single'):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    import _gclab
    text = _gclab.ast_dump(source, filename, mode)
    if _namespace is None:
        _namespace = _parse_namespace()
    return eval(text, _namespace)
