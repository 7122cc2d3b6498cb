/**
 * The PyMemberDef and PyGetSetDef tables of the builtin types whose
 * attributes gclab answers by its own dispatch rather than a BuiltinType
 * file's getset (functions, classes, exceptions, generators, frames, the
 * descriptor and method types): the names CPython 3.11's type_ready puts in
 * each type's namespace as member_descriptor (`members`) and
 * getset_descriptor (`getsets`) objects, in their C tables' order. With
 * them `type(f).__dict__['__code__']`, `property.fget`,
 * `BaseException.__dict__['args']` and `type(g()).gi_running` are those
 * descriptors, and dir() lists the names (builtin-attr-descriptor.ts).
 *
 * A name is listed only when gclab answers it on the type's objects, so
 * dir() never names an attribute getattr() refuses.
 */
import { declareGetSets } from './attributes';
import type { Runtime } from './runtime';

interface Table {
  members?: readonly string[];
  getsets?: readonly string[];
}

/** Per type name (rt.types key): its tables. */
const TABLES: Record<string, Table> = {
  object: { getsets: ['__class__'] },
  type: {
    members: ['__basicsize__', '__itemsize__', '__flags__', '__weakrefoffset__', '__base__', '__dictoffset__', '__mro__'],
    getsets: ['__name__', '__qualname__', '__bases__', '__module__', '__abstractmethods__', '__dict__', '__doc__', '__text_signature__', '__annotations__'],
  },
  function: {
    members: ['__closure__', '__doc__', '__globals__', '__module__', '__builtins__'],
    getsets: ['__code__', '__defaults__', '__kwdefaults__', '__annotations__', '__dict__', '__name__', '__qualname__'],
  },
  method: { members: ['__func__', '__self__'], getsets: ['__doc__'] },
  builtin_function_or_method: { members: ['__module__'], getsets: ['__doc__', '__name__', '__qualname__', '__self__', '__text_signature__'] },
  'method-wrapper': { members: ['__self__'], getsets: ['__objclass__', '__name__', '__qualname__', '__doc__', '__text_signature__'] },
  method_descriptor: { members: ['__objclass__', '__name__'], getsets: ['__doc__', '__qualname__', '__text_signature__'] },
  wrapper_descriptor: { members: ['__objclass__', '__name__'], getsets: ['__doc__', '__qualname__', '__text_signature__'] },
  classmethod_descriptor: { members: ['__objclass__', '__name__'], getsets: ['__doc__', '__qualname__', '__text_signature__'] },
  member_descriptor: { members: ['__objclass__', '__name__'], getsets: ['__doc__', '__qualname__'] },
  getset_descriptor: { members: ['__objclass__', '__name__'], getsets: ['__doc__', '__qualname__'] },
  property: { members: ['fget', 'fset', 'fdel', '__doc__'], getsets: ['__isabstractmethod__'] },
  staticmethod: { members: ['__func__', '__wrapped__'], getsets: ['__isabstractmethod__', '__dict__'] },
  classmethod: { members: ['__func__', '__wrapped__'], getsets: ['__isabstractmethod__', '__dict__'] },
  super: { members: ['__thisclass__', '__self__', '__self_class__'] },
  cell: { getsets: ['cell_contents'] },
  module: { members: ['__dict__'], getsets: ['__annotations__'] },
  code: {
    members: [
      'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_nlocals', 'co_consts', 'co_names',
      'co_filename', 'co_name', 'co_qualname', 'co_firstlineno', 'co_linetable', 'co_exceptiontable',
    ],
    getsets: ['co_lnotab', '_co_code_adaptive', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_code'],
  },
  frame: {
    members: ['f_trace_lines', 'f_trace_opcodes'],
    getsets: ['f_back', 'f_locals', 'f_lineno', 'f_trace', 'f_lasti', 'f_globals', 'f_builtins', 'f_code'],
  },
  traceback: { members: ['tb_frame', 'tb_lasti'], getsets: ['tb_next', 'tb_lineno'] },
  generator: { members: ['gi_code'], getsets: ['__name__', '__qualname__', 'gi_yieldfrom', 'gi_running', 'gi_frame', 'gi_suspended'] },
  coroutine: { members: ['cr_code', 'cr_origin'], getsets: ['__name__', '__qualname__', 'cr_await', 'cr_running', 'cr_frame', 'cr_suspended'] },
  async_generator: { members: ['ag_running', 'ag_code'], getsets: ['__name__', '__qualname__', 'ag_await', 'ag_frame'] },
  BaseException: { members: ['__suppress_context__'], getsets: ['__dict__', 'args', '__traceback__', '__context__', '__cause__'] },
  BaseExceptionGroup: { members: ['message', 'exceptions'] },
  AttributeError: { members: ['name', 'obj'] },
  ImportError: { members: ['msg', 'name', 'path'] },
  NameError: { members: ['name'] },
  OSError: { members: ['errno', 'strerror', 'filename', 'filename2'], getsets: ['characters_written'] },
  StopIteration: { members: ['value'] },
  SyntaxError: { members: ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'] },
  SystemExit: { members: ['code'] },
  UnicodeEncodeError: { members: ['encoding', 'object', 'start', 'end', 'reason'] },
  UnicodeDecodeError: { members: ['encoding', 'object', 'start', 'end', 'reason'] },
  UnicodeTranslateError: { members: ['encoding', 'object', 'start', 'end', 'reason'] },
};

/** Declare the tables above on `rt`'s types (types this runtime does not have are skipped). */
export function installGetSetTables(rt: Runtime): void {
  for (const [name, table] of Object.entries(TABLES)) {
    if (rt.types.has(name)) declareGetSets(rt.types.get(name), table);
  }
}
