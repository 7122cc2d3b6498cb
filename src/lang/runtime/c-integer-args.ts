/**
 * The integer conversions of C functions' arguments (Objects/abstract.c,
 * Objects/longobject.c, the argument clinic's converters): an int or an
 * object with __index__, converted to a C integer type, with CPython's
 * OverflowError when it does not fit.
 */
import type { Value } from '../../heap';
import { indexOf } from './operators';
import type { Runtime } from './runtime';

const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);
const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

function indexValue(rt: Runtime, v: Value): number | bigint {
  const i = indexOf(rt, v);
  if (i === undefined) throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

function fitsSsize(i: number | bigint): boolean {
  return typeof i === 'number' ? Number.isSafeInteger(i) || (i >= -(2 ** 63) && i < 2 ** 63) : i >= SSIZE_MIN && i <= SSIZE_MAX;
}

/** A Py_ssize_t argument (clinic's Py_ssize_t converter: _PyNumber_Index, then PyLong_AsSsize_t). */
export function ssizeArg(rt: Runtime, v: Value): number {
  const i = indexValue(rt, v);
  if (!fitsSsize(i)) throw rt.error('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(i);
}

/** A C int argument (clinic's int converter: _PyLong_AsInt). */
export function cIntArg(rt: Runtime, v: Value): number {
  const i = indexValue(rt, v);
  const n = Number(i);
  if (n > INT_MAX || n < INT_MIN) throw rt.error('OverflowError', 'Python int too large to convert to C int');
  return n;
}

/**
 * PyArg_Parse's "i" format (Python/getargs.c convertsimple): PyLong_AsLong,
 * whose overflow says "C long", then the C int range check with its own
 * messages.
 */
export function intFormatArg(rt: Runtime, v: Value): number {
  const i = indexValue(rt, v);
  if (typeof i === 'bigint' ? i > 2n ** 63n - 1n || i < -(2n ** 63n) : i >= 2 ** 63 || i < -(2 ** 63)) {
    throw rt.error('OverflowError', 'Python int too large to convert to C long');
  }
  const n = Number(i);
  if (n > INT_MAX) throw rt.error('OverflowError', 'signed integer is greater than maximum');
  if (n < INT_MIN) throw rt.error('OverflowError', 'signed integer is less than minimum');
  return n;
}

/** PyNumber_AsSsize_t(v, PyExc_OverflowError): a size or count beyond Py_ssize_t is "cannot fit 'int' into an index-sized integer". */
export function indexSizedArg(rt: Runtime, v: Value): number {
  const i = indexValue(rt, v);
  if (!fitsSsize(i)) throw rt.error('OverflowError', "cannot fit 'int' into an index-sized integer");
  return Number(i);
}
