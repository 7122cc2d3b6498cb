/**
 * The GC objects CPython 3.11 makes while printing to sys.stdout and while
 * a container's repr runs, which gclab's stdout and repr do not build as
 * heap objects: their allocations and frees as gc.get_count() sees them
 * (Heap.phantomAlloc/phantomFree), so that the counts and the automatic
 * collections of a program that prints fall where python3's fall.
 *
 * Rules (python3 writing to a pipe or a file: sys.stdout is a TextIOWrapper
 * without line buffering, chunk size 8192):
 *  - builtin_print (Python/bltinmodule.c, Argument Clinic with `*args`):
 *    the positional arguments are packed into a new tuple for the call
 *    (_PyArg_UnpackKeywordsWithVararg), freed when print returns.
 *  - Each piece (every argument, the separators between them, the end) is
 *    written by PyFile_WriteObject/PyFile_WriteString, which looks up
 *    `file.write` first: a new method object (PyCMethod_New, a GC object
 *    without free list), freed after the write.
 *  - _io_TextIOWrapper_write_impl keeps written text pending: the first
 *    piece after a flush is kept as it is, the second makes a 2-item list
 *    (PyList_New), later ones are appended; a piece that would take the
 *    pending size past the chunk size flushes first, and reaching the
 *    chunk size flushes (_textiowrapper_writeflush frees the list).
 *  - Py_ReprEnter (Objects/object.c), the recursion guard of the list,
 *    tuple, dict and set reprs, creates the thread state's dict and its
 *    `Py_Repr` list the first time it runs; both live until the end.
 */
import { DICT_FREE_SLOT, LIST_FREE_SLOT, NO_FREE_LIST, tupleAllocSlot, tupleFreeSlot, type Heap } from '../../heap';

/** TextIOWrapper's default chunk_size (_io.TextIOWrapper._CHUNK_SIZE). */
const CHUNK_SIZE = 8192;

/** What sys.stdout's TextIOWrapper holds pending (pending_bytes). */
const enum Pending {
  None,
  /** One piece, kept as it is. */
  One,
  /** A list of pieces (a GC object). */
  List,
}

/** The pending text of the process's stdout and the thread state's repr list, as GC objects. */
export class StdoutGcObjects {
  private pending = Pending.None;
  private pendingBytes = 0;
  private reprStateMade = false;

  constructor(private readonly heap: Heap) {}

  /** builtin_print's `*args` tuple: allocated at the call. */
  printCallStart(nargs: number): void {
    this.heap.phantomAlloc(tupleAllocSlot(nargs));
  }

  /** ...and freed when print returns. */
  printCallEnd(nargs: number): void {
    this.heap.phantomFree(tupleFreeSlot(nargs));
  }

  /** PyFile_WriteObject's `file.write` method object, made before the piece is converted. */
  writeMethodStart(): void {
    this.heap.phantomAlloc(NO_FREE_LIST);
  }

  /** ...freed after the write. */
  writeMethodEnd(): void {
    this.heap.phantomFree(NO_FREE_LIST);
  }

  /** _io_TextIOWrapper_write_impl's pending text, for a piece of `text`. */
  write(text: string): void {
    const n = utf8Length(text);
    if (this.pending === Pending.None) {
      this.pendingBytes = 0;
      this.pending = Pending.One;
    } else if (this.pendingBytes + n > CHUNK_SIZE) {
      this.flush();
      this.pending = Pending.One;
    } else if (this.pending === Pending.One) {
      this.heap.phantomAlloc(LIST_FREE_SLOT);
      this.pending = Pending.List;
    }
    this.pendingBytes += n;
    if (this.pendingBytes >= CHUNK_SIZE) this.flush();
  }

  /** _textiowrapper_writeflush: the pending list (if any) is freed. */
  flush(): void {
    if (this.pending === Pending.List) this.heap.phantomFree(LIST_FREE_SLOT);
    this.pending = Pending.None;
    this.pendingBytes = 0;
  }

  /** Py_ReprEnter: the thread state's dict and its Py_Repr list, made the first time. */
  reprEnter(): void {
    if (this.reprStateMade) return;
    this.reprStateMade = true;
    this.heap.phantomAlloc(DICT_FREE_SLOT);
    this.heap.phantomAlloc(LIST_FREE_SLOT);
  }
}

/** The UTF-8 size of `s` (what the utf-8 encoder gives TextIOWrapper). */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // A surrogate pair: two code units, four bytes.
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}
