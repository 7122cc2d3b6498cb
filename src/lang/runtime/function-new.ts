/**
 * `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`
 * (Objects/funcobject.c func_new_impl) and `types.CellType([contents])`
 * (Objects/cellobject.c cell_new).
 *
 * A function is made from a code object of a function block that gclab has
 * already made a function from (its parameter layout is known then); a
 * module's or class's code object cannot be called, and is refused with a
 * gclab TypeError. The new function takes __name__ and __qualname__ from
 * the code object (or `name`), __doc__ from the block's docstring,
 * __module__ from globals['__name__'], no keyword defaults.
 */
import { DictObject, TupleObject, type Value } from '../../heap';
import { setConstructor } from './calls';
import { CodeObject } from './code-object';
import { CellObject, FunctionObject, functionLayoutOf, type CodeInfo } from './function-object';
import type { Kwargs, Runtime } from './runtime';

const FUNCTION_PARAMS = ['code', 'globals', 'name', 'argdefs', 'closure'];

/** Argument Clinic's binding of function(code, globals, name=None, argdefs=None, closure=None). */
function bindFunctionArgs(rt: Runtime, args: Value[], kwargs: Kwargs): Value[] {
  if (args.length > 5) throw rt.typeError(`function() takes at most 5 arguments (${args.length} given)`);
  const vals: Array<Value | undefined> = [...args];
  for (const [k, v] of kwargs ?? []) {
    const i = FUNCTION_PARAMS.indexOf(k);
    if (i < 0) throw rt.typeError(`function() got an unexpected keyword argument '${k}'`);
    if (i < args.length) throw rt.typeError(`argument for function() given by name ('${k}') and position (${i + 1})`);
    vals[i] = v;
  }
  for (let i = 0; i < 2; i++) {
    if (vals[i] === undefined) throw rt.typeError(`function() missing required argument '${FUNCTION_PARAMS[i]}' (pos ${i + 1})`);
  }
  for (let i = 2; i < 5; i++) vals[i] ??= null;
  return vals as Value[];
}

/**
 * What a function made from (or given) code object `code` runs: the layout
 * of the function block it shows, under the code's name, file and line.
 */
export function codeInfoOf(rt: Runtime, code: CodeObject): CodeInfo {
  const layout = functionLayoutOf(code.scope);
  if (layout === undefined) throw rt.typeError(`gclab: cannot make a function from the code object of a ${code.scope.kind} block`);
  rt.incref(code);
  rt.internalObjects.add(code);
  return { ...layout, name: code.coName, qualname: code.qualname, filename: code.filename, firstLineno: code.firstLineno, codeObject: code };
}

/** func_new_impl: a new function (new reference). */
function newFunction(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  const [code, globals, name, argdefs, closure] = bindFunctionArgs(rt, args, kwargs);
  if (!(code instanceof CodeObject)) throw rt.typeError(`function() argument 'code' must be code, not ${rt.typeName(code)}`);
  if (!(globals instanceof DictObject)) throw rt.typeError(`function() argument 'globals' must be dict, not ${rt.typeName(globals)}`);
  if (name !== null && typeof name !== 'string') throw rt.typeError('arg 3 (name) must be None or string');
  if (argdefs !== null && !(argdefs instanceof TupleObject)) throw rt.typeError('arg 4 (defaults) must be None or tuple');
  const nfree = code.freevars.length;
  if (!(closure instanceof TupleObject)) {
    if (nfree > 0 && closure === null) throw rt.typeError('arg 5 (closure) must be tuple');
    if (closure !== null) throw rt.typeError('arg 5 (closure) must be None or tuple');
  }
  const cells = closure instanceof TupleObject ? closure.items : [];
  if (cells.length !== nfree) throw rt.error('ValueError', `${code.coName} requires closure of length ${nfree}, not ${cells.length}`);
  for (const c of cells) if (!(c instanceof CellObject)) throw rt.typeError(`arg 5 (closure) expected cell, found ${rt.typeName(c)}`);
  const info = codeInfoOf(rt, code);
  const heap = rt.heap;
  heap.reserve();
  heap.incref(globals);
  if (closure instanceof TupleObject && nfree > 0) heap.incref(closure);
  const f = heap.register(new FunctionObject(info, globals, [], new Map(), closure instanceof TupleObject && nfree > 0 ? closure : null));
  // PyFunction_NewWithQualName: __module__ from the globals, __doc__ from the code's constants.
  const moduleName = globals.get(heap, '__name__');
  if (moduleName !== undefined) f.module = rt.incref(moduleName);
  f.doc = info.doc ?? null;
  if (typeof name === 'string') f.name = name;
  if (argdefs instanceof TupleObject) {
    f.defaultsTuple = rt.incref(argdefs) as TupleObject;
    f.defaults = argdefs.items;
  }
  heap.track(f);
  return f;
}

/** cell_new: cell() is empty, cell(x) holds x. */
function newCell(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  if (kwargs !== null && kwargs.length > 0) throw rt.typeError('cell() takes no keyword arguments');
  if (args.length > 1) throw rt.typeError(`cell expected at most 1 argument, got ${args.length}`);
  rt.heap.reserve();
  const c = rt.heap.register(new CellObject(args.length > 0 ? rt.incref(args[0]) : undefined));
  rt.heap.track(c);
  return c;
}

/** Give `function` and `cell` their constructors. */
export function installFunctionNew(rt: Runtime): void {
  setConstructor(rt.types.get('function'), (args, kwargs) => newFunction(rt, args, kwargs));
  setConstructor(rt.types.get('cell'), (args, kwargs) => newCell(rt, args, kwargs));
}
