/**
 * The builtins that compile and run source text: `compile`, `exec` and
 * `eval` (Python/bltinmodule.c builtin_compile_impl, builtin_exec_impl,
 * builtin_eval_impl).
 *
 *  - Source text is parsed and resolved as a module body (modes 'exec' and
 *    'single') or a single expression ('eval', leading spaces and tabs
 *    stripped as builtin_eval does); its names are NAME lookups: the locals
 *    mapping, then the globals, then the builtins.
 *  - Without a globals dict the caller's globals and locals are used: in a
 *    function its locals() snapshot dict, so an assignment there does not
 *    reach the function's variables (3.11 semantics). With only globals,
 *    locals is the same dict. A globals dict without `__builtins__` gets the
 *    builtins dict inserted.
 *  - The code runs in a frame of its own named `<module>` whose file is the
 *    filename given to compile (`<string>` for exec/eval of a str); an
 *    uncaught error's traceback gets that frame's entry.
 *  - A syntax error becomes a SyntaxError object with CPython's attributes
 *    (msg, filename, lineno, offset, text, end_lineno, end_offset) and its
 *    two-item args.
 */
import { byteColumn } from './syntax-error-text';
import { utf8Text } from '../runtime/simulated-files';
import { fileSystemOf } from '../runtime/modules/gclab-module';
import { BytesObject, DictObject, NO_FREE_LIST, PyException, type Value } from '../../heap';
import { declaresEncoding, decodeSource } from '../syntax/source-decoding';
import { hasEscapedBytes, originalLength, replacingEscapes } from '../syntax/escaped-bytes';
import { call } from '../runtime/calls';
import { CodeObject } from '../runtime/code-object';
import { BuiltinFunction, ExceptionObject } from '../runtime/native-objects';
import { Instance } from '../../heap';
import { lookupAttr, setAttr } from '../runtime/attributes';
import type { Kwargs } from '../runtime/runtime';
import { frameLocals } from '../runtime/frame-type';
import { dumpAstWithAttributes, parseEvalInput, parseEvalSyntax, parseScenario, parseSyntax } from '../syntax';
import { setAstParser } from '../runtime/modules/gclab-module';
import type * as A from '../syntax/ast';
import { CompileLimitError, ScenarioSyntaxError } from '../syntax/syntax-error';
import { checkSingleStatement } from '../syntax/single-statement';
import { addTraceback } from './exceptions';
import { replayCompilerTraffic } from './compiler-gc-traffic';
import type { Interpreter } from './interpreter';

type Mode = 'exec' | 'eval' | 'single';

/** What compile() made: the resolved module (an 'eval' one returns its expression's value). */
interface Program {
  module: A.Module;
  mode: Mode;
}

const programs = new WeakMap<CodeObject, Program>();

/** Add compile, exec and eval to the interpreter's builtins dict. */
export function installExecBuiltins(ip: Interpreter): void {
  const heap = ip.heap;
  const add = (name: string, impl: (args: Value[], kwargs: Kwargs) => Value): void => {
    heap.reserve();
    const fn = heap.register(new BuiltinFunction(name, impl, undefined));
    heap.track(fn);
    ip.builtins.set(heap, name, fn);
    heap.decref(fn);
  };
  add('compile', (args, kwargs) => builtinCompile(ip, args, kwargs));
  setAstParser(ip.rt, (source, filename, mode) => astDump(ip, source, filename, mode));
  add('exec', (args, kwargs) => builtinExec(ip, 'exec', args, kwargs));
  add('eval', (args, kwargs) => builtinExec(ip, 'eval', args, kwargs));
}

const COMPILE_PARAMS = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'];

function builtinCompile(ip: Interpreter, args: Value[], kwargs: Kwargs): Value {
  const rt = ip.rt;
  if (args.length > 6) throw rt.typeError(`compile() takes at most 6 arguments (${args.length} given)`);
  const values: Array<Value | undefined> = [...args];
  for (const [k, v] of kwargs ?? []) {
    const i = COMPILE_PARAMS.indexOf(k);
    if (i < 0 && k !== '_feature_version') throw rt.typeError(`'${k}' is an invalid keyword argument for compile()`);
    if (i < 0) continue;
    if (i < args.length) throw rt.typeError(`argument for compile() given by name ('${k}') and position (${i + 1})`);
    values[i] = v;
  }
  for (let i = 0; i < 3; i++) {
    if (values[i] === undefined) throw rt.typeError(`compile() missing required argument '${COMPILE_PARAMS[i]}' (pos ${i + 1})`);
  }
  const [source, filename, mode] = values as Value[];
  if (typeof filename !== 'string') throw rt.typeError(`expected str, bytes or os.PathLike object, not ${rt.typeName(filename)}`);
  if (typeof mode !== 'string') throw rt.typeError(`compile() argument 'mode' must be str, not ${rt.typeName(mode)}`);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') throw rt.error('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
  const flags = values[3];
  if (isAstNode(rt, source)) return compileAst(ip, source, filename, mode, typeof flags === 'number' && (flags & PyCF_ONLY_AST) !== 0);
  if (typeof flags === 'number' && (flags & PyCF_ONLY_AST) !== 0 && (typeof source === 'string' || source instanceof BytesObject)) {
    return callAstFunction(ip, '_ast', '_gclab_parse', [source, filename, mode]);
  }
  if (source instanceof BytesObject) {
    // _Py_SourceAsString, then the tokenizer decodes the bytes as a file's (BOM, coding cookie, UTF-8).
    if (source.value.includes('\0')) throw rt.error('SyntaxError', 'source code string cannot contain null bytes');
    let text: string;
    const bytes = Uint8Array.from(source.value, (c) => c.charCodeAt(0));
    try {
      text = decodeSource(bytes, filename, true);
    } catch (e) {
      // A file's decoding errors (CPython's string tokenizer words undecodable bytes differently).
      if (e instanceof ScenarioSyntaxError) throw syntaxError(ip, e, '', mode);
      throw e;
    }
    return compileSource(ip, text, filename, mode, allowsIncomplete(flags), !declaresEncoding(bytes));
  }
  if (typeof source !== 'string') throw rt.typeError('compile() arg 1 must be a string, bytes or AST object');
  return compileSource(ip, source, filename, mode, allowsIncomplete(flags));
}

/**
 * ast.parse (compile with PyCF_ONLY_AST): the parser's tree only -- no
 * symbol table, no compiler checks, no constant folding -- as the text of
 * ast.dump(tree, include_attributes=True), from which _ast builds the nodes.
 */
function astDump(ip: Interpreter, source: string, filename: string, mode: string): string {
  if (source.includes('\0')) throw ip.rt.error('SyntaxError', 'source code string cannot contain null bytes');
  let module: A.Module;
  try {
    if (mode === 'eval') {
      const text = source.replace(/^[ \t]+/, '');
      if (text.trim() === '') throw new ScenarioSyntaxError('SyntaxError', 'invalid syntax', filename, 0, 0, '');
      module = parseEvalSyntax(text, filename);
    } else module = parseSyntax(source, filename);
    if (mode === 'single') checkSingleStatement(module, source, filename);
  } catch (e) {
    if (e instanceof ScenarioSyntaxError) throw syntaxError(ip, e, source, mode === 'eval' ? 'eval' : mode === 'single' ? 'single' : 'exec');
    if (e instanceof CompileLimitError) throw e.msg === '' ? new PyException(e.pyType) : new PyException(e.pyType, e.msg);
    throw e;
  }
  const lines = source.split(/\r\n|\r|\n/);
  if (mode === 'eval') {
    const first = module.body[0] as Extract<A.Stmt, { kind: 'Expr' }>;
    return `Expression(body=${dumpAstWithAttributes(first.value, lines)})`;
  }
  const body = module.body.map((st) => dumpAstWithAttributes(st, lines)).join(', ');
  return mode === 'single' ? `Interactive(body=[${body}])` : `Module(body=[${body}], type_ignores=[])`;
}

/** compile()'s flag asking for the tree (ast.PyCF_ONLY_AST). */
const PyCF_ONLY_AST = 0x400;
/** codeop's flag: source that ends before its statement does is "incomplete input". */
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
/** codeop's companion flag: no DEDENT is implied at the end (an open block stays open). */
const PyCF_DONT_IMPLY_DEDENT = 0x200;

/** Which of codeop's flags compile() got (0 when none). */
function allowsIncomplete(flags: Value | undefined): number {
  return typeof flags === 'number' ? flags & (PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT) : 0;
}

/**
 * With PyCF_ALLOW_INCOMPLETE_INPUT, _PyPegen_run_parser turns an error the
 * parser meets at the end of the source (_is_end_of_source: the tokenizer
 * reached EOF inside a bracket, a triple-quoted string, a line
 * continuation, or wanting a block or a decorated definition) into
 * SyntaxError('incomplete input'), which codeop reads as "more lines to
 * come". gclab's parser reports these errors by their messages; the ones
 * that can only arise at the end of the source are recognised here.
 */
function isIncompleteInput(e: ScenarioSyntaxError, source: string): boolean {
  const msg = e.msg;
  if (msg.endsWith('was never closed') || msg.startsWith('unterminated triple-quoted string literal') || msg === 'unexpected EOF while parsing') return true;
  const lines = source.replace(/\s+$/, '').split('\n');
  if ((msg.startsWith('expected an indented block') || msg === "expected 'except' or 'finally' block") && e.line >= lines.length) return true;
  return msg === 'invalid syntax' && lines[lines.length - 1].trim().startsWith('@');
}

/** Whether `v` is an instance of ast.AST (a node of _ast.py's classes). */
function isAstNode(rt: Interpreter['rt'], v: Value): boolean {
  if (!(v instanceof Instance)) return false;
  return rt.typeOf(v).mro.some((c) => c.name === 'AST' && c.dict.get('__module__') === 'ast');
}

/** `module.name(*args)` of a Python module (imported if needed): a new reference. */
function callAstFunction(ip: Interpreter, module: string, name: string, args: Value[]): Value {
  const m = ip.imports.gcdImport(module);
  try {
    const fn = lookupAttr(ip.rt, m, name);
    if (fn === undefined) throw ip.rt.error('AttributeError', `module '${module}' has no attribute '${name}'`);
    try {
      return call(ip.rt, fn, args);
    } finally {
      ip.rt.decref(fn);
    }
  } finally {
    ip.rt.decref(m);
  }
}

/**
 * compile() of an AST object: the node must be the mode's root (Module,
 * Expression, Interactive; CPython's "expected Module node, got Name").
 * With PyCF_ONLY_AST it is returned as it is; otherwise gclab compiles the
 * source ast.unparse() writes for it (its lines, not the tree's positions,
 * are what tracebacks show).
 */
function compileAst(ip: Interpreter, tree: Value, filename: string, mode: Mode, onlyAst: boolean): Value {
  const rt = ip.rt;
  const expected = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : 'Interactive';
  const got = rt.typeOf(tree).name;
  if (got !== expected) throw rt.typeError(`expected ${expected} node, got ${got}`);
  if (onlyAst) {
    rt.incref(tree);
    return tree;
  }
  const text = callAstFunction(ip, 'ast', 'unparse', [tree]);
  if (typeof text !== 'string') {
    rt.decref(text);
    throw rt.typeError('ast.unparse() did not return a str');
  }
  return compileSource(ip, text, filename, mode);
}

/** Parse and resolve `source`, as a code object (new reference). */
function compileSource(ip: Interpreter, source: string, filename: string, mode: Mode, incomplete = 0, byteColumns = false): CodeObject {
  const module = parseProgram(ip, mode === 'eval' ? source.replace(/^[ \t]+/, '') : source, filename, mode, incomplete, byteColumns);
  // A traceback shows a file's lines (_Py_DisplaySourceLine opens the file); a name such as
  // '<string>' or '<timeit-src>' is no file, so its frames show no source.
  if (!filename.startsWith('<')) ip.registerSource(filename, source);
  const code = ip.heap.register(new CodeObject(module.scope!, '<module>', filename, 1));
  programs.set(code, { module, mode });
  return code;
}

function parseProgram(ip: Interpreter, source: string, filename: string, mode: Mode, incomplete = 0, byteColumns = false): A.Module {
  // _Py_SourceAsString: a str source with a NUL is refused before parsing, with no location.
  if (source.includes('\0')) throw ip.rt.error('SyntaxError', 'source code string cannot contain null bytes');
  let module: A.Module;
  try {
    if (mode === 'eval' && source.trim() === '') {
      throw new ScenarioSyntaxError('SyntaxError', 'invalid syntax', filename, 0, 0, '');
    }
    module = mode === 'eval' ? parseEvalInput(source, filename) : parseScenario(source, filename);
    if (mode === 'single') checkSingleStatement(module, source, filename);
    if (incomplete === (PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT) && mode === 'single' && !source.endsWith('\n')) {
      // No DEDENT implied at the end: a last line inside a block leaves it open.
      const lines = source.split('\n');
      const last = lines[lines.length - 1];
      if (lines.length > 1 && /^[ \t]/.test(last) && last.trim() !== '') {
        throw new ScenarioSyntaxError('SyntaxError', 'incomplete input', filename, lines.length, last.length + 1, last);
      }
    }
  } catch (e) {
    if (e instanceof ScenarioSyntaxError && (incomplete & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0 && e.msg !== 'incomplete input' && isIncompleteInput(e, source)) {
      throw syntaxError(ip, new ScenarioSyntaxError('SyntaxError', 'incomplete input', filename, e.line, e.col, e.text), source, mode, false, byteColumns);
    }
    if (e instanceof ScenarioSyntaxError) throw syntaxError(ip, e, source, mode, false, byteColumns);
    if (e instanceof CompileLimitError) throw e.msg === '' ? new PyException(e.pyType) : new PyException(e.pyType, e.msg);
    throw e;
  }
  if (mode === 'eval') {
    // The expression's value is the code's result: a `return` of it.
    const first = module.body[0] as Extract<A.Stmt, { kind: 'Expr' }>;
    const ret: A.Return = { kind: 'Return', value: first.value, line: first.line, col: first.col, endLine: first.endLine, endCol: first.endCol };
    module.body = [ret];
  }
  ip.foldConstants(module);
  ip.reportCompileWarnings(module, filename, filename.startsWith('<') ? undefined : source.split('\n'));
  // What CPython's compiler allocates and frees while compiling it (gc.get_count() sees it).
  replayCompilerTraffic(ip.heap, module, { freeArena: true, countFoldedTuples: false, expression: mode === 'eval' });
  return module;
}

/**
 * A SyntaxError (or IndentationError) object as the compiler raises it:
 * args (msg, (filename, lineno, offset, text, end_lineno, end_offset)). The
 * text is the line as the tokenizer read it: in 'exec' and 'single' mode a
 * string gets a final newline (the tokenizer's exec_input), in 'eval' mode
 * only the newlines it has; a tokenizer error shows the line without its
 * newline; an error of the compiler (symtable, compile checks) re-reads the
 * line from the file by name, which a compiled string does not have: None
 * (`fromFile`: the source is the file of that name, an imported module's,
 * and the compiler's error shows its line).
 */
export function syntaxError(ip: Interpreter, e: ScenarioSyntaxError, source: string, mode: Mode, fromFile = false, byteColumns = false): PyException {
  const rt = ip.rt;
  // A line holding undecodable bytes is shown as the "replace" handler decodes it.
  let text: string | null = replacingEscapes(e.text);
  if (e.stage === 'compiler') {
    // PyErr_ProgramTextObject: a module's file has the line (with its newline); else the named file's.
    text = fromFile && e.line > 0 ? replacingEscapes(source.split('\n')[e.line - 1] ?? '') + '\n' : programText(ip, e.filename, e.line);
  }
  else if (e.textNewline !== undefined) {
    if (e.textNewline) text += '\n';
  } else if (e.stage === 'parser' && e.tokenizerLine !== undefined && e.tokenizerLine > e.line) {
    // The tokenizer has gone past the error's line: the line is taken from the string, without its newline.
  } else if (e.stage === 'parser' && e.line !== 0) {
    const endsLine = source.split('\n').length > e.line;
    // A file's last line without a newline has none (only a string gets exec_input's).
    if ((mode !== 'eval' && !fromFile) || endsLine) text += '\n';
  }
  // An error at the ENDMARKER of an eval or single string without a final
  // newline (a token with no columns): the generic "invalid syntax" has none
  // (0, 0); one raised there without a location (the string parser's
  // RAISE_SYNTAX_ERROR) takes the tokenizer's cursor, the end of the last
  // line, and no end column.
  const lines = source.split('\n');
  const lastLength = [...(lines[e.line - 1] ?? '')].length;
  const atEnd = (mode === 'eval' || mode === 'single') && e.line === lines.length && e.col > lastLength;
  let [col, endCol] = atEnd ? (e.msg === 'invalid syntax' ? [0, 0] : [lastLength, -1]) : [e.col, e.endCol];
  if ((e.stage === 'compiler' || (byteColumns && e.stage === 'parser')) && !hasEscapedBytes(e.text)) {
    // The compiler's errors carry the AST's columns, which are UTF-8 byte
    // offsets; so do the parser's for a bytes source without a BOM or coding
    // cookie (`byteColumns`: no tok->encoding to convert them with).
    col = byteColumn(e.text, col);
    if (e.endLine === e.line) endCol = byteColumn(e.text, endCol);
  } else if (hasEscapedBytes(e.text)) {
    // A line that does not decode keeps CPython's byte columns.
    const bytesTo = (c: number): number => (c > 0 ? originalLength(e.text.slice(0, c - 1)) + 1 : c);
    col = bytesTo(col);
    if (e.endLine === e.line) endCol = bytesTo(endCol);
  }
  let obj: Value;
  if (!e.locationInArgs) {
    // PyErr_RangedSyntaxLocationObject: the exception of the message alone, then its
    // location attributes (an end column of 0 is none: None).
    obj = call(rt, rt.types.get(e.pyType), [e.msg]);
    const fields: Array<[string, Value]> = [
      ['lineno', e.line], ['offset', col], ['end_lineno', e.endLine], ['end_offset', endCol === 0 ? null : endCol], ['filename', e.filename], ['text', text],
    ];
    for (const [name, v] of fields) setAttr(rt, obj, name, v);
  } else {
    const info = rt.newTuple([e.filename, e.line, col, text, e.endLine, endCol]);
    try {
      obj = call(rt, rt.types.get(e.pyType), [e.msg, info]);
    } finally {
      rt.decref(info);
    }
  }
  // SyntaxError_init filled msg and the location fields from the arguments.
  const x = obj as ExceptionObject;
  const pe = new PyException(e.pyType);
  pe.pyValue = x;
  return pe;
}

/**
 * PyErr_ProgramTextObject: line `line` of the file named `filename` (read
 * from the run's file system, relative to its working directory), with
 * its newline; null when there is no such file or line.
 */
function programText(ip: Interpreter, filename: string, line: number): string | null {
  if (filename.startsWith('<') || line < 1) return null;
  let data: string;
  try {
    data = utf8Text(fileSystemOf(ip.rt).read(filename));
  } catch {
    return null;
  }
  const lines = data.split(/(?<=\n)/);
  return lines[line - 1] ?? null;
}

/**
 * exec(source, globals=None, locals=None, /) and eval(source, globals=None,
 * locals=None, /): run a str or a code object; eval returns the value.
 */
function builtinExec(ip: Interpreter, name: 'exec' | 'eval', args: Value[], kwargs: Kwargs): Value {
  const rt = ip.rt;
  if (kwargs !== null && kwargs.length > 0) {
    if (name === 'eval') throw rt.typeError('eval() takes no keyword arguments');
    if (kwargs[0][0] !== 'closure') throw rt.typeError(`'${kwargs[0][0]}' is an invalid keyword argument for exec()`);
  }
  if (args.length === 0) {
    throw rt.typeError(name === 'exec' ? 'exec() takes at least 1 positional argument (0 given)' : 'eval expected at least 1 argument, got 0');
  }
  if (args.length > 3) {
    throw rt.typeError(name === 'exec' ? `exec() takes at most 3 positional arguments (${args.length} given)` : `eval expected at most 3 arguments, got ${args.length}`);
  }
  const [source, g = null, l = null] = args;
  if (g !== null && !(g instanceof DictObject)) {
    throw rt.typeError(name === 'exec' ? `exec() globals must be a dict, not ${rt.typeName(g)}` : (isMapping(ip, g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict'));
  }
  if (l !== null && !(l instanceof DictObject)) {
    if (!isMapping(ip, l)) throw rt.typeError(name === 'exec' ? `locals must be a mapping or None, not ${rt.typeName(l)}` : 'locals must be a mapping');
    throw rt.typeError(`gclab: ${name}() locals must be a dict, not ${rt.typeName(l)}`);
  }
  let globals: DictObject;
  let locals: DictObject;
  let ownedLocals: Value | null = null;
  if (g === null) {
    const caller = ip.currentFrame();
    if (caller === undefined) throw rt.error('SystemError', 'globals and locals cannot be NULL');
    globals = caller.globals;
    if (l === null) {
      ownedLocals = frameLocals(rt, caller);
      locals = ownedLocals as DictObject;
    } else locals = l;
  } else {
    globals = g;
    locals = l ?? g;
  }
  try {
    if (!globals.has(rt.heap, '__builtins__')) globals.set(rt.heap, '__builtins__', ip.builtins);
    let program: Program;
    let filename: string;
    if (source instanceof CodeObject) {
      const p = programs.get(source);
      if (p === undefined) throw rt.typeError(`gclab: ${name}() cannot run the code object of a function`);
      program = p;
      filename = source.filename;
    } else if (typeof source === 'string') {
      filename = '<string>';
      program = { module: parseProgram(ip, name === 'eval' ? source.replace(/^[ \t]+/, '') : source, filename, name), mode: name };
    } else throw rt.typeError(`${name}() arg 1 must be a string, bytes or code object`);
    const r = runProgram(ip, program, globals, locals, filename);
    if (name === 'exec') {
      rt.decref(r);
      return null;
    }
    return r;
  } finally {
    if (ownedLocals !== null) rt.decref(ownedLocals);
  }
}

/** PyMapping_Check: a type with __getitem__ that is not a sequence-only builtin. */
function isMapping(ip: Interpreter, v: Value): boolean {
  const rt = ip.rt;
  const m = lookupAttr(rt, v, '__getitem__');
  if (m === undefined) return false;
  rt.decref(m);
  return true;
}

/** Run a compiled program in a `<module>` frame over the given namespaces; returns its value (new reference). */
function runProgram(ip: Interpreter, program: Program, globals: DictObject, locals: DictObject, filename: string): Value {
  // PyEval_EvalCode makes a function for the code (_PyFunction_FromConstructor,
  // a GC object without a free list), alive while it runs and freed after:
  // inside exec()/eval() the count is one higher, and its allocation may
  // start an automatic collection. gclab does not build it (docs/gc.md 3.1).
  ip.heap.phantomAlloc(NO_FREE_LIST);
  try {
    return runProgramFrame(ip, program, globals, locals, filename);
  } finally {
    ip.heap.phantomFree(NO_FREE_LIST);
  }
}

function runProgramFrame(ip: Interpreter, program: Program, globals: DictObject, locals: DictObject, filename: string): Value {
  const frame = ip.newFrame(program.module.scope!, globals, locals, '<module>', filename);
  if (program.mode === 'single') frame.interactive = true;
  // The frame owns its namespaces (CPython's f_func holds the globals, f_locals
  // the locals): a traceback that keeps the frame keeps them alive. The
  // globals are held here while the frame runs (a frame object that takes
  // the frame over holds them itself); separate locals ride in the fast
  // locals array (a module body has none), released with it.
  ip.rt.incref(globals);
  frame.locals = locals === globals ? [] : [ip.rt.incref(locals)];
  try {
    const r = ip.runFrame(frame, program.module.body);
    return program.mode === 'eval' ? r : (ip.rt.decref(r), null);
  } catch (e) {
    if (e instanceof PyException) addTraceback(ip.rt, e, frame);
    throw e;
  } finally {
    ip.releaseFrame(frame);
    ip.rt.decref(globals);
  }
}
