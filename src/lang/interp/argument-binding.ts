/**
 * Binding a Python function's arguments to its frame's locals, after
 * CPython 3.11's initialize_locals (Python/ceval.c).
 *
 * Invariant: the binding consumes exactly one reference to every argument
 * (positional and keyword values), as _PyEvalFramePushAndInit does. A value
 * it stores goes into the frame (released with it, in slot order, by
 * _PyFrame_Clear); a value it cannot store is released at the moment
 * initialize_locals releases it. So when the binding fails, the arguments
 * die in CPython's order:
 *   1. positional arguments past co_argcount (no `*args`), right away;
 *   2. on a keyword error (unexpected name, duplicate value), the keyword
 *      values from the offending one to the last (kw_fail);
 *   3. then, as the caller clears the frame, the stored locals in slot
 *      order: parameters, keyword-only parameters, `*args`, `**kwargs`.
 * The checks come in initialize_locals' order: keywords first, then too
 * many positional arguments (whose message counts the keyword-only
 * arguments given: too_many_positional), then missing positional, then
 * missing keyword-only arguments.
 */
import type { Heap, DictObject, Value } from '../../heap';
import type { Kwargs, Runtime } from '../runtime/runtime';
import type { FunctionObject } from '../runtime/function-object';
import { missingArgumentsText } from '../runtime/calls';
import type { Scope } from '../syntax/ast';
import type { Frame } from './frame';

/** Bind `args`/`kwargs` into `frame.locals`, consuming one reference to each value. */
export function bindArguments(rt: Runtime, heap: Heap, fn: FunctionObject, frame: Frame, args: Value[], kwargs: Kwargs): void {
  const code = fn.code;
  const locals = frame.locals;
  // The common case: exactly the positional parameters, nothing else.
  if (kwargs === null && args.length === code.params.length && code.vararg === null && code.kwarg === null && code.kwonly.length === 0) {
    for (let i = 0; i < args.length; i++) locals[i] = args[i];
    return;
  }
  if (fn.cFunction !== null && fn.cFunction.textSignature !== null) {
    const message = cPositionalOnlyError(fn, args.length, kwargs);
    if (message !== null) {
      for (const a of args) heap.decref(a);
      if (kwargs !== null) for (const [, v] of kwargs) heap.decref(v);
      throw rt.typeError(message);
    }
  }
  const name = fn.qualname;
  const varnames = (code.scope as Scope).varnames;
  const np = code.params.length;
  const argc = args.length;
  let kwdict: DictObject | null = null;
  if (code.kwarg !== null) {
    try {
      kwdict = heap.newDict();
    } catch (e) {
      // fail_pre_positional: nothing is stored yet.
      for (const a of args) heap.decref(a);
      if (kwargs !== null) for (const [, v] of kwargs) heap.decref(v);
      throw e;
    }
    locals[varnames.indexOf(code.kwarg)] = kwdict;
  }
  // Copy the positional arguments; pack the rest into *args or drop them.
  const n = Math.min(np, argc);
  for (let i = 0; i < n; i++) locals[i] = args[i];
  if (code.vararg !== null) locals[varnames.indexOf(code.vararg)] = rt.tupleSteal(args.slice(n));
  else for (let i = n; i < argc; i++) heap.decref(args[i]);
  if (kwargs !== null) bindKeywords(rt, heap, fn, locals, kwdict, kwargs);
  if (argc > np && code.vararg === null) {
    let kwonlyGiven = 0;
    for (const k of code.kwonly) if (locals[varnames.indexOf(k)] !== undefined) kwonlyGiven++;
    throw rt.typeError(tooManyPositional(name, np, fn.defaults.length, argc, kwonlyGiven));
  }
  const ndef = fn.defaults.length;
  const missing: string[] = [];
  for (let i = argc; i < np - ndef; i++) if (locals[i] === undefined) missing.push(code.params[i]);
  if (missing.length) throw rt.typeError(`${name}() missing ${missingArgumentsText(missing, 'positional')}`);
  for (let i = Math.max(argc, np - ndef); i < np; i++) {
    if (locals[i] === undefined) locals[i] = rt.incref(fn.defaults[i - (np - ndef)]);
  }
  const kwMissing: string[] = [];
  for (const k of code.kwonly) {
    const s = varnames.indexOf(k);
    if (locals[s] !== undefined) continue;
    const d = fn.kwdefaults.get(k);
    if (d !== undefined) locals[s] = rt.incref(d);
    else kwMissing.push(k);
  }
  if (kwMissing.length) throw rt.typeError(`${name}() missing ${missingArgumentsText(kwMissing, 'keyword-only')}`);
}

/** The keyword half of initialize_locals: each value goes to its parameter or to **kwargs. */
function bindKeywords(
  rt: Runtime,
  heap: Heap,
  fn: FunctionObject,
  locals: Array<Value | undefined>,
  kwdict: DictObject | null,
  kwargs: Array<[string, Value]>,
): void {
  const code = fn.code;
  const name = fn.qualname;
  const varnames = (code.scope as Scope).varnames;
  for (let i = 0; i < kwargs.length; i++) {
    const [k, v] = kwargs[i];
    // Positional-only names are not keywords: they are searched from co_posonlyargcount on.
    const pi = code.params.indexOf(k);
    const s = pi >= code.posonly ? pi : code.kwonly.includes(k) ? varnames.indexOf(k) : -1;
    let message: string | null = null;
    if (s < 0) {
      if (kwdict !== null) {
        try {
          kwdict.set(heap, k, v);
        } finally {
          heap.decref(v);
        }
        continue;
      }
      message = positionalOnlyPassedAsKeyword(fn, kwargs) ?? `${name}() got an unexpected keyword argument '${k}'`;
    } else if (locals[s] !== undefined) {
      message = `${name}() got multiple values for argument '${k}'`;
    } else {
      locals[s] = v;
      continue;
    }
    // kw_fail: this value and the ones after it were not stored.
    for (let j = i; j < kwargs.length; j++) heap.decref(kwargs[j][1]);
    throw rt.typeError(message);
  }
}

/** ceval.c positional_only_passed_as_keyword (without **kwargs): every such name, in parameter order. */
function positionalOnlyPassedAsKeyword(fn: FunctionObject, kwargs: Array<[string, Value]>): string | null {
  const code = fn.code;
  const names: string[] = [];
  for (let p = 0; p < code.posonly; p++) for (const [k] of kwargs) if (k === code.params[p]) names.push(k);
  if (names.length === 0) return null;
  return `${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${names.join(', ')}'`;
}

/** ceval.c too_many_positional. */
function tooManyPositional(name: string, argcount: number, defcount: number, given: number, kwonlyGiven: number): string {
  const plural = defcount > 0 || argcount !== 1;
  const sig = defcount > 0 ? `from ${argcount - defcount} to ${argcount}` : `${argcount}`;
  const kwonlySig =
    kwonlyGiven > 0
      ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
      : '';
  const verb = given === 1 && kwonlyGiven === 0 ? 'was' : 'were';
  return `${name}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${verb} given`;
}

/**
 * A call site's keyword names resolved against one code object: the local
 * slot each keyword binds (a positional-or-keyword parameter's index, or a
 * keyword-only parameter's varnames slot), or null when some name binds
 * none (positional-only, unknown, or the code has `*args`/`**kwargs`):
 * such a call keeps bindArguments, which raises or packs.
 */
export function keywordSlots(fn: FunctionObject, names: readonly string[]): Int32Array | null {
  const code = fn.code;
  if (code.vararg !== null || code.kwarg !== null) return null;
  const varnames = (code.scope as Scope).varnames;
  const slots = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const k = names[i];
    const pi = code.params.indexOf(k);
    const s = pi >= code.posonly ? pi : pi < 0 && code.kwonly.includes(k) ? varnames.indexOf(k) : -1;
    if (s < 0) return null;
    slots[i] = s;
  }
  return slots;
}

/**
 * Would bindArguments bind `argc` positional arguments and keywords going
 * to `slots` (distinct, keywordSlots) without an error? No keyword names a
 * parameter a positional argument fills, no more positional arguments than
 * parameters, every parameter without a default given.
 */
export function keywordsBind(fn: FunctionObject, argc: number, slots: Int32Array): boolean {
  const code = fn.code;
  const np = code.params.length;
  // A C function's keyword errors are its calling convention's (bindArguments).
  if (argc > np || fn.cFunction !== null) return false;
  const required = np - fn.defaults.length;
  let covered = 0;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    if (s < argc) return false;
    if (s < required) covered++;
  }
  if (argc + covered < required) return false;
  const kwonly = code.kwonly;
  if (kwonly.length === 0) return true;
  const varnames = (code.scope as Scope).varnames;
  for (let j = 0; j < kwonly.length; j++) {
    const s = varnames.indexOf(kwonly[j]);
    if (!slots.includes(s) && fn.kwdefaults.get(kwonly[j]) === undefined) return false;
  }
  return true;
}

/**
 * bindArguments for a call keywordsBind accepted: the positional arguments,
 * then each keyword value to its slot (all moved in), then the defaults of
 * the parameters left (new references, in parameter order), then the
 * keyword-only defaults, as initialize_locals fills them.
 */
export function bindKeywordSlots(rt: Runtime, fn: FunctionObject, frame: Frame, args: Value[], kwargs: Array<[string, Value]>, slots: Int32Array): void {
  const code = fn.code;
  const locals = frame.locals;
  const argc = args.length;
  for (let i = 0; i < argc; i++) locals[i] = args[i];
  for (let i = 0; i < slots.length; i++) locals[slots[i]] = kwargs[i][1];
  const np = code.params.length;
  const ndef = fn.defaults.length;
  for (let i = Math.max(argc, np - ndef); i < np; i++) {
    if (locals[i] === undefined) locals[i] = rt.incref(fn.defaults[i - (np - ndef)]);
  }
  const kwonly = code.kwonly;
  if (kwonly.length === 0) return;
  const varnames = (code.scope as Scope).varnames;
  for (let j = 0; j < kwonly.length; j++) {
    const s = varnames.indexOf(kwonly[j]);
    if (locals[s] === undefined) locals[s] = rt.incref(fn.kwdefaults.get(kwonly[j]) as Value);
  }
}

/** [required, total] positional-only parameters of a C function's text signature, or null when it takes keywords. */
const positionalOnlyShapes = new Map<string, readonly [number, number] | null>();

function positionalOnlyShape(sig: string): readonly [number, number] | null {
  let shape = positionalOnlyShapes.get(sig);
  if (shape !== undefined) return shape;
  shape = null;
  const m = /^\(\$module(?:, (.*))?, \/\)$/s.exec(sig);
  if (m !== null && (m[1] === undefined || !m[1].includes('*'))) {
    const params = m[1] === undefined ? [] : m[1].split(/,\s*(?=[A-Za-z_][A-Za-z_0-9]*(?:=|,|$))/);
    shape = [params.filter((p) => !p.includes('=')).length, params.length];
  }
  positionalOnlyShapes.set(sig, shape);
  return shape;
}

/**
 * The argument error CPython's calling convention gives a module-level C
 * function whose parameters are all positional-only (FunctionObject.cFunction,
 * a def of gclab's standing for it), before any binding: keywords are
 * refused by cfunction_check_kwargs ("_operator.add() takes no keyword
 * arguments"); one required parameter is METH_O ("_operator.not_() takes
 * exactly one argument (0 given)"), none METH_NOARGS ("... takes no
 * arguments (1 given)"); otherwise Argument Clinic's _PyArg_CheckPositional
 * ("add expected 2 arguments, got 1"). Null when the call fits.
 */
function cPositionalOnlyError(fn: FunctionObject, argc: number, kwargs: Kwargs): string | null {
  const shape = positionalOnlyShape(fn.cFunction!.textSignature!);
  if (shape === null) return null;
  const [min, max] = shape;
  const module = fn.cFunction!.module;
  const funcStr = `${module !== null && module !== 'builtins' ? `${module}.` : ''}${fn.qualname}()`;
  if (kwargs !== null && kwargs.length > 0) return `${funcStr} takes no keyword arguments`;
  if (argc >= min && argc <= max) return null;
  if (max === 0) return `${funcStr} takes no arguments (${argc} given)`;
  if (min === 1 && max === 1) return `${funcStr} takes exactly one argument (${argc} given)`;
  const name = fn.name;
  if (min === max) return `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${argc}`;
  if (argc < min) return `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${argc}`;
  return `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${argc}`;
}
