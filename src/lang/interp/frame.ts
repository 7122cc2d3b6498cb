/**
 * Frames: the run-time state of one code object (module, function body,
 * class body or comprehension), laid out as the resolver decided:
 * `locals` are the fast locals (co_varnames order), `cells` are
 * `[...cellvars, ...freevars]`.
 *
 * Releasing a frame follows _PyFrame_Clear (Python/frame.c): slots in
 * index order -- parameters, then the other locals in co_varnames order
 * (a parameter captured by a closure releases its cell at its own slot, as
 * MAKE_CELL puts the cell there) -- then the other cells, then the free
 * variables.
 */
import type { DictObject, Value } from '../../heap';
import type { CellObject } from '../runtime/function-object';
import type { Loc, Scope } from '../syntax/ast';

export interface Frame {
  code: Scope;
  locals: Array<Value | undefined>;
  cells: CellObject[];
  globals: DictObject;
  /**
   * The namespace of NAME lookups: the module's globals or a class body's
   * dict (or, when `nsIsMapping`, whatever mapping __prepare__ returned:
   * see namespace-mapping.ts).
   */
  ns: DictObject;
  /**
   * `ns` is not an exact dict (a class body whose metaclass's __prepare__
   * returned a dict subclass or another mapping): NAME stores and loads go
   * through the mapping protocol. Decided once when the frame is made
   * (`ns` never changes).
   */
  nsIsMapping: boolean;
  funcName: string;
  filename: string;
  line: number;
  /**
   * The node whose instruction runs or last ran in this frame: the
   * statement, or the call, operator, subscript, attribute or name being
   * evaluated in it (the analogue of f_lasti's entry in co_positions). A
   * traceback entry takes its columns from it (see exceptions.ts).
   */
  expr: Loc | null;
  /** The frame's number in the trace (1, 2, ... in the order frames start), or 0 when not tracing. */
  traceId: number;
  /** The value of a `return` statement (owned), set when the RETURN signal is raised. */
  returnValue: Value;
  /** f_locals: the dict locals() fills in a function (owned; refreshed on each call). */
  fLocals?: import('../../heap').DictObject;
  /** Its frame object, once a traceback needed one (an owned reference). */
  frameObject?: import('../runtime/native-objects').FrameObject;
  /** co_firstlineno of the code running (its def line), for f_code. */
  firstLine?: number;
  /** __qualname__ of the code running (functions and class bodies), for nested definitions. */
  qualname?: string;
  /** The exception being handled by an except clause (for bare `raise` and __context__). */
  handling: unknown[] | null;
  /**
   * A generator's frame only: the operands it holds across a `yield` (its
   * value stack: `for` iterators, a `yield from` delegate, `with` exits,
   * operands of an expression being evaluated), owned, innermost last.
   */
  stack?: Value[];
  /**
   * A thread coroutine's frame (Interpreter.callFunctionGen): its body runs
   * resumably, and the calls its statements make directly (not inside an
   * operand) are made resumably too, so the thread can suspend in them
   * (runtime/thread-switch.ts).
   */
  switchable?: boolean;
  /** An async generator's frame: its `yield` wraps the value (_PyAsyncGenValueWrapperNew), not its `await`. */
  asyncGen?: boolean;
  /** Set when an async generator's frame suspends at its own `yield` (the value is wrapped). */
  wrappedYield?: boolean;
  /**
   * The bottom frame of a thread (the function threadNew runs): the frames
   * below it on the stack belong to the thread that resumed this one, so
   * what they handle is not this thread's (sys.exc_info, __context__).
   */
  threadBase?: boolean;
  /** A generator's frame only: the generator (coroutine, async generator) that owns it (borrowed; RuntimeFrame.generator). */
  generator?: import('../../heap').PyObject;
  /** A generator's frame only: the delegate of the `yield from` it is suspended in (borrowed; gi_yieldfrom). */
  yieldFrom?: Value;
  /** A generator's frame only: f_func, owned (the generator keeps its function alive). */
  func?: Value;
  /**
   * A function call's frame (not a generator's): f_func, borrowed (the
   * caller holds the function for the whole call); a frame object that
   * outlives the call takes a reference of its own (take_ownership).
   */
  callee?: Value;
  /**
   * A comprehension's frame: `callee` is its function, which the frame owns
   * (comprehensionFunction) and releases last (_PyFrame_Clear's f_func).
   */
  ownsCallee?: boolean;
  /**
   * Entered by a CALL from Python code (a Python function or a bound method
   * of one, inlined by 3.11's eval loop): the caller saved its stack pointer
   * first (_PyFrame_SetStackPointer), so while this frame runs the caller's
   * locals are visible to its tp_traverse; a frame entered from C (a builtin,
   * type.__call__, CALL_FUNCTION_EX) leaves its caller's stacktop at -1.
   */
  calledFromPython: boolean;
  /** An interactive input's module frame: expression statements go to sys.displayhook (PRINT_EXPR). */
  interactive?: boolean;
  /**
   * A bare re-raise (markReraised) left this frame's identity on an
   * exception: the frame is not reused for another call (Interpreter.recycleFrame).
   */
  reraisedHere: boolean;
}

/** The frame's references in _PyFrame_Clear's order (the caller releases or adopts them). */
export function frameReferences(frame: Frame): Array<Value | undefined> {
  const code = frame.code;
  if (frame.stack !== undefined) return generatorFrameReferences(frame);
  if (code.paramCells.length === 0) {
    const out: Array<Value | undefined> = frame.cells.length === 0 ? frame.locals : [...frame.locals, ...frame.cells];
    frame.locals = [];
    frame.cells = [];
    // _PyFrame_Clear releases f_locals after the fast locals and cells.
    if (frame.fLocals !== undefined) {
      out.push(frame.fLocals);
      frame.fLocals = undefined;
    }
    return out;
  }
  const out: Array<Value | undefined> = [];
  const cellAtParam = new Map<number, number>();
  for (const pc of code.paramCells) cellAtParam.set(pc.param, pc.cell);
  const used = new Set<number>();
  for (let i = 0; i < frame.locals.length; i++) {
    const c = cellAtParam.get(i);
    if (c !== undefined && frame.cells[c] !== undefined) {
      out.push(frame.cells[c]);
      used.add(c);
      if (frame.locals[i] !== undefined) out.push(frame.locals[i]);
    } else out.push(frame.locals[i]);
  }
  for (let c = 0; c < frame.cells.length; c++) if (!used.has(c)) out.push(frame.cells[c]);
  frame.locals = [];
  frame.cells = [];
  if (frame.fLocals !== undefined) {
    out.push(frame.fLocals);
    frame.fLocals = undefined;
  }
  return out;
}

/** A generator's frame: locals and cells, then its value stack, f_locals, then f_func (_PyFrame_Clear). */
function generatorFrameReferences(frame: Frame): Array<Value | undefined> {
  const stack = frame.stack!;
  const func = frame.func;
  frame.stack = undefined;
  frame.func = undefined;
  const fLocals = frame.fLocals;
  frame.fLocals = undefined;
  const out = frameReferences(frame);
  out.push(...stack);
  if (fLocals !== undefined) out.push(fLocals);
  if (func !== undefined) out.push(func);
  return out;
}
