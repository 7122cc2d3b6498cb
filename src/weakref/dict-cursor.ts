/**
 * A position in a dict, with the checks of dictiter_iternextkey/-item
 * (Objects/dictobject.c, 3.11):
 *  - the dict's size differs from its size when iteration began:
 *    `RuntimeError: dictionary changed size during iteration` (sticky);
 *  - more entries turn up than the dict had:
 *    `RuntimeError: dictionary keys changed during iteration`.
 * The cursor does not own the dict: its holder keeps a reference while
 * iterating and releases it once next() reports the end.
 */
import { PyException, type DictObject } from '../heap';

export class DictCursor {
  private dict: DictObject | null;
  private usedAtStart: number;
  private pos = 0;
  private remaining: number;

  constructor(dict: DictObject) {
    this.dict = dict;
    this.usedAtStart = dict.used;
    this.remaining = dict.used;
  }

  /** The index of the next entry in `dict.keys`/`dict.values`, or -1 at the end. */
  next(): number {
    const d = this.dict;
    if (d === null) return -1;
    if (this.usedAtStart !== d.used) {
      this.usedAtStart = -1;
      throw new PyException('RuntimeError', 'dictionary changed size during iteration');
    }
    const i = d.nextIndex(this.pos);
    if (i < 0) {
      this.dict = null;
      return -1;
    }
    if (this.remaining === 0) {
      this.dict = null;
      throw new PyException('RuntimeError', 'dictionary keys changed during iteration');
    }
    this.pos = i + 1;
    this.remaining--;
    return i;
  }
}
