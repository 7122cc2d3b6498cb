/**
 * The builtin classes of one interpreter: `object`, `type`, `int`, ...,
 * the exception hierarchy and the weakref module's types. They are heap
 * classes kept alive for the interpreter's lifetime and untracked (like
 * CPython's static types, they are not in any generation list).
 */
import { ClassObject, type Heap } from '../../heap';

export interface BuiltinTag {
  /** Where the class lives, for repr: 'builtins', 'weakref', ... */
  module: string;
  /** True for the interpreter's own types (not made by a class statement). */
  builtin: boolean;
}

/** The builtin exception hierarchy of 3.11 (Lib/test/exception_hierarchy.txt), bases first. */
const EXCEPTIONS: Array<[string, string]> = [
  ['BaseException', 'object'],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['RecursionError', 'RuntimeError'],
  ['NotImplementedError', 'RuntimeError'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['MemoryError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
];

const PLAIN: Array<[string, string]> = [
  ['type', 'object'],
  ['int', 'object'],
  ['bool', 'int'],
  ['float', 'object'],
  ['str', 'object'],
  ['NoneType', 'object'],
  ['NotImplementedType', 'object'],
  ['list', 'object'],
  ['tuple', 'object'],
  ['dict', 'object'],
  ['set', 'object'],
  ['frozenset', 'object'],
  ['bytes', 'object'],
  ['bytearray', 'object'],
  ['complex', 'object'],
  ['memoryview', 'object'],
  ['ellipsis', 'object'],
  ['range', 'object'],
  ['slice', 'object'],
  ['function', 'object'],
  ['method', 'object'],
  ['builtin_function_or_method', 'object'],
  ['method-wrapper', 'object'],
  ['cell', 'object'],
  ['module', 'object'],
  ['super', 'object'],
  ['frame', 'object'],
  ['code', 'object'],
  ['traceback', 'object'],
  ['list_iterator', 'object'],
  ['bytes_iterator', 'object'],
  ['bytearray_iterator', 'object'],
  ['tuple_iterator', 'object'],
  ['str_ascii_iterator', 'object'],
  ['str_iterator', 'object'],
  ['memory_iterator', 'object'],
  ['longrange_iterator', 'object'],
  ['iterator', 'object'],
  ['range_iterator', 'object'],
  ['set_iterator', 'object'],
  ['dict_keyiterator', 'object'],
  ['dict_valueiterator', 'object'],
  ['dict_itemiterator', 'object'],
  ['dict_keys', 'object'],
  ['dict_values', 'object'],
  ['dict_items', 'object'],
  ['generator', 'object'],
  ['coroutine', 'object'],
  ['coroutine_wrapper', 'object'],
  ['async_generator', 'object'],
  ['async_generator_asend', 'object'],
  ['async_generator_athrow', 'object'],
  ['anext_awaitable', 'object'],
  ['property', 'object'],
  ['staticmethod', 'object'],
  ['classmethod', 'object'],
  ['member_descriptor', 'object'],
  ['getset_descriptor', 'object'],
  ['enumerate', 'object'],
  ['zip', 'object'],
  ['map', 'object'],
  ['filter', 'object'],
  ['reversed', 'object'],
  ['list_reverseiterator', 'object'],
  ['callable_iterator', 'object'],
  ['mappingproxy', 'object'],
];

/** Builtin types whose instances can be weakly referenced (tp_weaklistoffset != 0). */
const WEAKREFABLE = new Set(['set', 'frozenset', 'type', 'function', 'method', 'builtin_function_or_method', 'module', 'generator', 'coroutine', 'async_generator']);
/** Builtin types with tp_itemsize != 0 (instances hold their items inline). */
const VARIABLE_SIZE = new Set(['int', 'bool', 'tuple', 'bytes']);

export class BuiltinTypes {
  readonly byName = new Map<string, ClassObject>();

  constructor(private readonly heap: Heap) {
    // object has no Py_TPFLAGS_HAVE_GC: object() is never tracked nor counted,
    // and a dict or tuple holding one may be untracked (_PyObject_GC_MAY_BE_TRACKED).
    this.make('object', [], 'builtins').instancesGC = false;
    for (const [name, base] of PLAIN) {
      this.make(name, [this.get(base)], 'builtins', WEAKREFABLE.has(name) ? ['__weakref__'] : [], VARIABLE_SIZE.has(name));
    }
    // BaseException instances have a __dict__ but no __weakref__ slot.
    this.deferSubclasses = true;
    for (const [name, base] of EXCEPTIONS) this.make(name, [this.get(base)], 'builtins', name === 'BaseException' ? ['__dict__'] : []);
    // PEP 654: ExceptionGroup(BaseExceptionGroup, Exception).
    this.make('BaseExceptionGroup', [this.get('BaseException')], 'builtins', []);
    this.deferSubclasses = false;
    // _PyExc_InitTypes readies static_exceptions level by level, by name
    // within a level, so each exception's builtin subclasses are in name order;
    // ExceptionGroup is readied after them.
    const exceptions = [...EXCEPTIONS.map(([name]) => name), 'BaseExceptionGroup'].filter((n) => n !== 'BaseException');
    for (const name of exceptions.sort()) this.addSubclass(this.get(name));
    this.make('ExceptionGroup', [this.get('BaseExceptionGroup'), this.get('Exception')], 'builtins', []);
  }

  /** While the exceptions are made: their subclass entries are added afterwards, in CPython's order. */
  private deferSubclasses = false;

  /**
   * add_subclass for a builtin class: its bases' tp_subclasses hold it (a
   * builtin is never reclaimed, so the entry is the class itself where a
   * class statement's subclass gets a weak reference; see type-new.ts).
   */
  private addSubclass(cls: ClassObject): void {
    for (const base of cls.bases) {
      if (base.subclasses === null) {
        base.subclasses = this.heap.newDict();
        this.heap.untrack(base.subclasses);
      }
      base.subclasses.set(this.heap, cls.id, cls);
    }
  }

  /**
   * Create and register an immortal, untracked builtin class. `slots`
   * describes its instances' layout (['__weakref__']: weakly referenceable).
   */
  make(name: string, bases: ClassObject[], module: string, slots: string[] | null = [], variableSize = false): ClassObject {
    const cls = this.heap.newClass(name, bases, {}, slots, undefined, variableSize);
    cls.tag = { module, builtin: true } satisfies BuiltinTag;
    this.heap.untrack(cls);
    this.byName.set(module === 'builtins' ? name : `${module}.${name}`, cls);
    if (!this.deferSubclasses) this.addSubclass(cls);
    return cls;
  }

  /** Is there a builtin type `name` (as `get` names it)? */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  get(name: string): ClassObject {
    const c = this.byName.get(name);
    if (c === undefined) throw new Error(`no builtin type ${name}`);
    return c;
  }

  private baseException: ClassObject | undefined;

  isExceptionClass(cls: ClassObject): boolean {
    this.baseException ??= this.get('BaseException');
    return cls.mro.includes(this.baseException);
  }
}

export function classModule(cls: ClassObject): string {
  const tag = cls.tag as BuiltinTag | undefined;
  if (tag !== undefined && typeof tag === 'object' && 'module' in tag) return tag.module;
  const m = cls.dict.get('__module__');
  return typeof m === 'string' ? m : '__main__';
}

export function isBuiltinClass(cls: ClassObject): boolean {
  const tag = cls.tag as BuiltinTag | undefined;
  return tag !== undefined && typeof tag === 'object' && tag.builtin === true;
}
