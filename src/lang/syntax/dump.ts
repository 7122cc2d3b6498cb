/**
 * `dumpAst`: the text Python 3.11's `ast.dump(tree)` prints for the same
 * source (no attributes, fields that are None omitted), so tests and
 * debugging sessions can compare this AST with CPython's directly:
 *
 *   python3 -c 'import ast; print(ast.dump(ast.parse(open("s.py").read())))'
 *
 * Where this AST simplifies Python's (operators as strings, defaults on the
 * parameters, f-string parts, format specs as strings) the dump rebuilds
 * Python's shape.
 */
import type { Comprehension, Expr, FormattedValue, Loc, Node, Param, Parameters, Pattern, Stmt } from './ast';
import { COMPILER_RECURSION_LIMIT } from './compile-depth';

const OPERATOR_NAMES: Readonly<Record<string, string>> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '&': 'BitAnd', '^': 'BitXor', '@': 'MatMult',
};
const UNARY_NAMES: Readonly<Record<string, string>> = { '-': 'USub', '+': 'UAdd', not: 'Not', '~': 'Invert' };
const COMPARE_NAMES: Readonly<Record<string, string>> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
  is: 'Is', 'is not': 'IsNot', in: 'In', 'not in': 'NotIn',
};
const CONVERSION_CODES: Readonly<Record<string, number>> = { s: 115, r: 114, a: 97 };

type Field = [name: string, value: string | null];

function call(name: string, fields: Field[]): string {
  const shown = fields.filter(([, value]) => value !== null).map(([key, value]) => `${key}=${value}`);
  return `${name}(${shown.join(', ')})`;
}

function list<T>(items: T[], show: (item: T) => string): string {
  return `[${items.map(show).join(', ')}]`;
}

const stmts = (body: Stmt[]): string => list(body, dumpAst);
const exprs = (items: Expr[]): string => list(items, dumpAst);
const opt = (e: Expr | null): string | null => (e === null ? null : dumpAst(e));
const ctx = (c: string): string => `${c}()`;

/**
 * How deep a tree `dumpAst` writes out: the compiler's limit (a tree that
 * `parse` accepts is never deeper); `parseSyntax` alone may build deeper
 * trees (a 100,000-term `a+a+...`), which python3's recursive `ast.dump`
 * refuses as well.
 */
const DUMP_DEPTH_LIMIT = COMPILER_RECURSION_LIMIT + 10;
let dumpDepth = 0;

export function dumpAst(node: Node): string {
  if (dumpDepth >= DUMP_DEPTH_LIMIT) throw new RangeError(`dumpAst: the tree is deeper than ${DUMP_DEPTH_LIMIT} levels`);
  dumpDepth++;
  const outer = enclosing;
  if ('line' in node) enclosing = node;
  try {
    const text = dumpNode(node);
    return attributeLines === null || !('line' in node) || !HAS_ATTRIBUTES.has(node.kind) ? text : withAttributes(text, node);
  } finally {
    enclosing = outer;
    dumpDepth--;
  }
}

/**
 * `ast.dump(tree, include_attributes=True)` of the source whose lines are
 * `lines`: each node with `_attributes` also shows lineno, col_offset,
 * end_lineno and end_col_offset, the columns in UTF-8 bytes as CPython
 * counts them. The string parts of an f-string take the f-string's
 * position. `ast.parse` in gclab builds its node objects from this text.
 */
export function dumpAstWithAttributes(node: Node, lines: readonly string[]): string {
  const outer = attributeLines;
  attributeLines = lines;
  try {
    return dumpAst(node);
  } finally {
    attributeLines = outer;
  }
}

/** The source lines while dumpAstWithAttributes runs (null: plain ast.dump). */
let attributeLines: readonly string[] | null = null;
/** The innermost node with a position being dumped (an f-string's string parts take its position). */
let enclosing: Loc | null = null;

/** The node types whose instances carry positions (_attributes in Python.asdl). */
const HAS_ATTRIBUTES: ReadonlySet<string> = new Set([
  // stmt
  'Expr', 'Assign', 'AugAssign', 'AnnAssign', 'Delete', 'Pass', 'Break', 'Continue', 'If', 'While', 'For',
  'FunctionDef', 'Return', 'ClassDef', 'Try', 'Raise', 'Assert', 'Global', 'Nonlocal', 'Import', 'ImportFrom',
  'With', 'Match',
  // expr
  'Name', 'Constant', 'JoinedStr', 'FormattedValue', 'BinOp', 'UnaryOp', 'BoolOp', 'Compare', 'IfExp', 'Call',
  'Attribute', 'Subscript', 'Slice', 'Lambda', 'List', 'Tuple', 'Dict', 'Set', 'ListComp', 'SetComp', 'DictComp',
  'GeneratorExp', 'Starred', 'Yield', 'YieldFrom', 'NamedExpr',
  // the others with positions
  'ExceptHandler', 'arg', 'keyword', 'alias',
  'MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr',
]);

/** A column in code points as CPython's col_offset: UTF-8 bytes from the line's start. */
function byteColumn(line: number, col: number): number {
  const text = attributeLines?.[line - 1];
  if (text === undefined) return col;
  let bytes = 0;
  let i = 0;
  for (const ch of text) {
    if (i >= col) break;
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i++;
  }
  return bytes + Math.max(0, col - i);
}

function attributesText(loc: Loc): string {
  return `lineno=${loc.line}, col_offset=${byteColumn(loc.line, loc.col)}, end_lineno=${loc.endLine}, end_col_offset=${byteColumn(loc.endLine, loc.endCol)}`;
}

function withAttributes(text: string, loc: Loc): string {
  const body = text.slice(0, -1);
  return `${body}${body.endsWith('(') ? '' : ', '}${attributesText(loc)})`;
}

function dumpNode(node: Node): string {
  switch (node.kind) {
    case 'Module': return call('Module', [['body', stmts(node.body)], ['type_ignores', '[]']]);
    case 'Expr': return call('Expr', [['value', dumpAst(node.value)]]);
    case 'Assign': return call('Assign', [['targets', exprs(node.targets)], ['value', dumpAst(node.value)]]);
    case 'AugAssign':
      return call('AugAssign', [['target', dumpAst(node.target)], ['op', `${OPERATOR_NAMES[node.op]}()`], ['value', dumpAst(node.value)]]);
    case 'AnnAssign':
      return call('AnnAssign', [['target', dumpAst(node.target)], ['annotation', dumpAst(node.annotation)], ['value', opt(node.value)], ['simple', node.simple ? '1' : '0']]);
    case 'Delete': return call('Delete', [['targets', exprs(node.targets)]]);
    case 'Pass': case 'Break': case 'Continue': return `${node.kind}()`;
    case 'If': case 'While':
      return call(node.kind, [['test', dumpAst(node.test)], ['body', stmts(node.body)], ['orelse', stmts(node.orelse)]]);
    case 'For':
      return call(node.isAsync === true ? 'AsyncFor' : 'For', [['target', dumpAst(node.target)], ['iter', dumpAst(node.iter)], ['body', stmts(node.body)], ['orelse', stmts(node.orelse)]]);
    case 'FunctionDef':
      return call(node.isAsync === true ? 'AsyncFunctionDef' : 'FunctionDef', [['name', pyRepr(node.name)], ['args', dumpParameters(node.params)], ['body', stmts(node.body)], ['decorator_list', exprs(node.decorators)], ['returns', opt(node.returns)]]);
    case 'Return': return call('Return', [['value', opt(node.value)]]);
    case 'ClassDef':
      return call('ClassDef', [['name', pyRepr(node.name)], ['bases', exprs(node.bases)], ['keywords', list(node.keywords, dumpAst)], ['body', stmts(node.body)], ['decorator_list', exprs(node.decorators)]]);
    case 'Try':
      return call('Try', [['body', stmts(node.body)], ['handlers', list(node.handlers, dumpAst)], ['orelse', stmts(node.orelse)], ['finalbody', stmts(node.finalbody)]]);
    case 'ExceptHandler':
      return call('ExceptHandler', [['type', opt(node.type)], ['name', node.name === null ? null : pyRepr(node.name)], ['body', stmts(node.body)]]);
    case 'Raise': return call('Raise', [['exc', opt(node.exc)], ['cause', opt(node.cause)]]);
    case 'Assert': return call('Assert', [['test', dumpAst(node.test)], ['msg', opt(node.msg)]]);
    case 'Global': case 'Nonlocal': return call(node.kind, [['names', list(node.names, pyRepr)]]);
    case 'Import': return call('Import', [['names', list(node.names, dumpAst)]]);
    case 'ImportFrom': return call('ImportFrom', [['module', node.module === null ? null : pyRepr(node.module)], ['names', list(node.names, dumpAst)], ['level', String(node.level)]]);
    case 'With': return call(node.isAsync === true ? 'AsyncWith' : 'With', [['items', list(node.items, dumpAst)], ['body', stmts(node.body)]]);
    case 'withitem': return call('withitem', [['context_expr', dumpAst(node.contextExpr)], ['optional_vars', opt(node.optionalVars)]]);
    case 'Match': return call('Match', [['subject', dumpAst(node.subject)], ['cases', list(node.cases, dumpAst)]]);
    case 'match_case': return call('match_case', [['pattern', dumpAst(node.pattern)], ['guard', opt(node.guard)], ['body', stmts(node.body)]]);
    case 'MatchValue': return call('MatchValue', [['value', dumpAst(node.value)]]);
    case 'MatchSingleton': return call('MatchSingleton', [['value', node.value === null ? 'None' : node.value ? 'True' : 'False']]);
    case 'MatchSequence': return call('MatchSequence', [['patterns', list(node.patterns, dumpAst)]]);
    case 'MatchMapping': return call('MatchMapping', [['keys', exprs(node.keys)], ['patterns', list(node.patterns, dumpAst)], ['rest', node.rest === null ? null : pyRepr(node.rest)]]);
    case 'MatchClass': return call('MatchClass', [['cls', dumpAst(node.cls)], ['patterns', list(node.patterns, dumpAst)], ['kwd_attrs', list(node.kwdAttrs, pyRepr)], ['kwd_patterns', list(node.kwdPatterns, dumpAst)]]);
    case 'MatchStar': return call('MatchStar', [['name', node.name === null ? null : pyRepr(node.name)]]);
    case 'MatchAs': return call('MatchAs', [['pattern', node.pattern === null ? null : dumpAst(node.pattern)], ['name', node.name === null ? null : pyRepr(node.name)]]);
    case 'MatchOr': return call('MatchOr', [['patterns', list(node.patterns, dumpAst)]]);
    case 'alias': return call('alias', [['name', pyRepr(node.name)], ['asname', node.asname === null ? null : pyRepr(node.asname)]]);
    default: return dumpExpression(node);
  }
}

function dumpExpression(node: Exclude<Node, Stmt | Pattern | { kind: 'Module' | 'ExceptHandler' | 'alias' | 'withitem' | 'match_case' }>): string {
  switch (node.kind) {
    case 'Name': return call('Name', [['id', pyRepr(node.id)], ['ctx', ctx(node.ctx)]]);
    case 'Constant': return call('Constant', [['value', constantRepr(node)]]);
    case 'JoinedStr': return call('JoinedStr', [['values', list(node.parts, dumpPart)]]);
    case 'FormattedValue':
      return call('FormattedValue', [
        ['value', dumpAst(node.value)],
        ['conversion', String(node.conversion === null ? -1 : CONVERSION_CODES[node.conversion])],
        ['format_spec', dumpFormatSpec(node.formatSpec)],
      ]);
    case 'BinOp': return call('BinOp', [['left', dumpAst(node.left)], ['op', `${OPERATOR_NAMES[node.op]}()`], ['right', dumpAst(node.right)]]);
    case 'UnaryOp': return call('UnaryOp', [['op', `${UNARY_NAMES[node.op]}()`], ['operand', dumpAst(node.operand)]]);
    case 'BoolOp': return call('BoolOp', [['op', node.op === 'and' ? 'And()' : 'Or()'], ['values', exprs(node.values)]]);
    case 'Compare':
      return call('Compare', [['left', dumpAst(node.left)], ['ops', list(node.ops, (op) => `${COMPARE_NAMES[op]}()`)], ['comparators', exprs(node.comparators)]]);
    case 'IfExp': return call('IfExp', [['test', dumpAst(node.test)], ['body', dumpAst(node.body)], ['orelse', dumpAst(node.orelse)]]);
    case 'Call': return call('Call', [['func', dumpAst(node.func)], ['args', exprs(node.args)], ['keywords', list(node.keywords, dumpAst)]]);
    case 'keyword': return call('keyword', [['arg', node.name === null ? null : pyRepr(node.name)], ['value', dumpAst(node.value)]]);
    case 'Attribute': return call('Attribute', [['value', dumpAst(node.value)], ['attr', pyRepr(node.attr)], ['ctx', ctx(node.ctx)]]);
    case 'Subscript': return call('Subscript', [['value', dumpAst(node.value)], ['slice', dumpAst(node.slice)], ['ctx', ctx(node.ctx)]]);
    case 'Slice': return call('Slice', [['lower', opt(node.lower)], ['upper', opt(node.upper)], ['step', opt(node.step)]]);
    case 'Lambda': return call('Lambda', [['args', dumpParameters(node.params)], ['body', dumpAst(node.body)]]);
    case 'List': case 'Tuple': return call(node.kind, [['elts', exprs(node.elts)], ['ctx', ctx(node.ctx)]]);
    case 'Set': return call('Set', [['elts', exprs(node.elts)]]);
    case 'Dict': return call('Dict', [['keys', list(node.keys, (k) => (k === null ? 'None' : dumpAst(k)))], ['values', exprs(node.values)]]);
    case 'ListComp': case 'SetComp': case 'GeneratorExp': return call(node.kind, [['elt', dumpAst(node.elt)], ['generators', list(node.generators, dumpAst)]]);
    case 'DictComp':
      return call('DictComp', [['key', dumpAst(node.key)], ['value', dumpAst(node.value)], ['generators', list(node.generators, dumpAst)]]);
    case 'comprehension': return dumpComprehension(node);
    case 'Starred': return call('Starred', [['value', dumpAst(node.value)], ['ctx', ctx(node.ctx)]]);
    case 'arg': return call('arg', [['arg', pyRepr(node.name)], ['annotation', opt(node.annotation)]]);
    case 'Yield': return call('Yield', [['value', opt(node.value)]]);
    case 'YieldFrom': return call('YieldFrom', [['value', dumpAst(node.value)]]);
    case 'Await': return call('Await', [['value', dumpAst(node.value)]]);
    case 'Temp': return '<temp>';
    case 'NamedExpr': return call('NamedExpr', [['target', dumpAst(node.target)], ['value', dumpAst(node.value)]]);
  }
}

function dumpComprehension(node: Comprehension): string {
  return call('comprehension', [['target', dumpAst(node.target)], ['iter', dumpAst(node.iter)], ['ifs', exprs(node.ifs)], ['is_async', node.isAsync === true ? '1' : '0']]);
}

function dumpFormatSpec(spec: FormattedValue['formatSpec']): string | null {
  if (spec === null) return null;
  const text =
    typeof spec === 'string'
      ? call('JoinedStr', [['values', spec === '' ? '[]' : `[${dumpPart(spec)}]`]])
      : call('JoinedStr', [['values', list(spec, dumpPart)]]);
  return attributeLines === null || enclosing === null ? text : withAttributes(text, enclosing);
}

function dumpPart(part: string | FormattedValue): string {
  if (typeof part !== 'string') return dumpAst(part);
  const text = call('Constant', [['value', pyRepr(part)]]);
  return attributeLines === null || enclosing === null ? text : withAttributes(text, enclosing);
}

/** Python's `arguments`: defaults belong to the last positional parameters. */
function dumpParameters(params: Parameters): string {
  const defaults = params.args.flatMap((a) => (a.default === null ? [] : [a.default]));
  const optParam = (p: Param | null): string | null => (p === null ? null : dumpAst(p));
  return call('arguments', [
    ['posonlyargs', list(params.args.slice(0, params.posonlycount), dumpAst)],
    ['args', list(params.args.slice(params.posonlycount), dumpAst)],
    ['vararg', optParam(params.vararg)],
    ['kwonlyargs', list(params.kwonlyargs, dumpAst)],
    ['kw_defaults', list(params.kwonlyargs, (a) => (a.default === null ? 'None' : dumpAst(a.default)))],
    ['kwarg', optParam(params.kwarg)],
    ['defaults', exprs(defaults)],
  ]);
}

function constantRepr(node: Extract<Expr, { kind: 'Constant' }>): string {
  const value = node.value;
  const isFloat = node.float === true;
  if (node.ellipsis === true) return 'Ellipsis';
  if (node.imag === true) return (value === 0 ? '0' : floatRepr(value as number).replace(/\.0$/, '')) + 'j';
  if (node.bytes === true) return bytesLiteralRepr(value as string);
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return pyRepr(value);
  if (typeof value === 'bigint') return value.toString();
  return isFloat ? floatRepr(value) : String(value);
}

/** repr() of bytes (bytes_repr's quote choice and escapes). */
function bytesLiteralRepr(data: string): string {
  const quote = data.includes("'") && !data.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const ch = data[i];
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e');
  const exponent = Number(expText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const fixed = x.toFixed(Math.max(0, mantissa.replace(/^-?\d\.?/, '').length - exponent));
  return fixed.includes('.') ? fixed : `${fixed}.0`;
}

/** Characters `str.isprintable()` rejects: control, format, surrogate, private, unassigned, separators. */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeCodePoint(code: number): string {
  if (code <= 0xff) return '\\x' + code.toString(16).padStart(2, '0');
  if (code <= 0xffff) return '\\u' + code.toString(16).padStart(4, '0');
  return '\\U' + code.toString(16).padStart(8, '0');
}

/** Python's `repr(str)`. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) out += escapeCodePoint(code);
    else out += ch;
  }
  return out + quote;
}
