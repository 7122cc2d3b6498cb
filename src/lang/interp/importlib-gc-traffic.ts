/**
 * The GC allocations importlib._bootstrap / _bootstrap_external make in
 * CPython 3.11 when a module beside the scenario (or in a folder put on
 * sys.path) is imported from source, replayed on the collector's counts and
 * free lists (Heap.phantomAlloc/phantomFree) around gclab's own import, which
 * builds only the module, its dict, its loader and a package's __path__.
 *
 * Measured with python3 3.11.7 (no .pyc: PYTHONDONTWRITEBYTECODE): after
 * gc.collect() has emptied the free lists, an import's gc.get_count()
 * rises by every GC allocation it makes; filling one free list (80 lists,
 * 80 dicts, 100 tuples of one size) before it shows how many of those
 * that list serves. An empty module's import so needs 7 lists, 12 dicts,
 * 4 1-tuples, 7 2-tuples, 2 3-tuples, one 4-tuple and 3 other objects; the
 * compiler's part of them is replayed by compiler-gc-traffic.ts, gclab's
 * module, dict and loader are real, and the rest is IMPORT_TEMPORARIES (freed
 * when the module's code is made, before its body runs) and one ModuleSpec
 * kept. The first look at a folder makes its FileFinder (the loaders list,
 * five (suffix, loader) pairs, the path cache set, ...), kept in
 * sys.path_importer_cache: FOLDER_FINDER, with a 7-tuple more for
 * sys.path[0], the first path-based import. With the free lists as full as
 * after python3's start-up most of this is served by them, so an import
 * moves gc.get_count() by 4 to 16 depending on what ran before, as
 * CPython's does.
 */
import { MAIN_START_FREE_LISTS } from './cpython-startup-modules';
import { DICT_FREE_SLOT, LIST_FREE_SLOT, NO_FREE_LIST, tupleAllocSlot, tupleFreeSlot, type Heap } from '../../heap';

/** [kind, how many]: a free-list slot's objects ('list', 'dict', a tuple size) or objects of no free list ('other'). */
type Batch = readonly ['list' | 'dict' | 'other' | number, number];

/** The objects importlib makes and frees around the compilation of one module (see the file comment). */
const IMPORT_TEMPORARIES: readonly Batch[] = [
  ['list', 1],
  ['dict', 3],
  [1, 2],
  [2, 1],
  [3, 2],
  [4, 1],
];

/** What one import keeps beyond gclab's objects: the ModuleSpec. */
const IMPORT_KEPT: readonly Batch[] = [['other', 1]];

/** A folder's FileFinder and what it holds (kept in sys.path_importer_cache). */
const FOLDER_FINDER: readonly Batch[] = [
  ['list', 1],
  [2, 5],
  ['other', 3],
];

/** sys.path[0]'s FileFinder: the first path-based import also keeps a 7-tuple. */
const FIRST_FINDER: readonly Batch[] = [...FOLDER_FINDER, [7, 1]];

function allocSlot(kind: Batch[0]): number {
  if (kind === 'list') return LIST_FREE_SLOT;
  if (kind === 'dict') return DICT_FREE_SLOT;
  if (kind === 'other') return NO_FREE_LIST;
  return tupleAllocSlot(kind);
}

function freeSlot(kind: Batch[0]): number {
  if (kind === 'list') return LIST_FREE_SLOT;
  if (kind === 'dict') return DICT_FREE_SLOT;
  if (kind === 'other') return NO_FREE_LIST;
  return tupleFreeSlot(kind);
}

function allocate(heap: Heap, batches: readonly Batch[]): void {
  for (const [kind, n] of batches) for (let i = 0; i < n; i++) heap.phantomAlloc(allocSlot(kind));
}

/** PathFinder's first look at a folder: its FileFinder (`first`: sys.path[0]'s, the first path-based import). */
export function replayFolderFinder(heap: Heap, first: boolean): void {
  allocate(heap, first ? FIRST_FINDER : FOLDER_FINDER);
}

/** The spec and temporaries of loading one module, up to its compilation (see releaseImportTemporaries). */
export function replayImportStart(heap: Heap): void {
  allocate(heap, IMPORT_KEPT);
  allocate(heap, IMPORT_TEMPORARIES);
}

/**
 * The temporaries replayImportStart made, freed once the module's code is
 * made. importlib's search and loading free many more tuples, lists and
 * dicts than it holds at once (paths split and joined, stat results, the
 * source's decoding), so afterwards the free lists hold at least what they
 * hold after python3's start-up, itself a series of imports (as
 * replayCpythonCost's refill).
 */
export function releaseImportTemporaries(heap: Heap): void {
  const numfree = heap.freeLists.numfree;
  for (const [slot, k] of MAIN_START_FREE_LISTS) if (numfree[slot] < k) numfree[slot] = k;
  for (let b = IMPORT_TEMPORARIES.length - 1; b >= 0; b--) {
    const [kind, n] = IMPORT_TEMPORARIES[b];
    for (let i = 0; i < n; i++) heap.phantomFree(freeSlot(kind));
  }
}
