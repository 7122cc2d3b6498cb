/**
 * The integer string conversion length limit (CPython 3.11.7, PEP-less
 * CVE-2020-10735 fix; Objects/longobject.c, Python/sysmodule.c): converting
 * an int of more than sys.get_int_max_str_digits() decimal digits to a str
 * (str, repr, format with 'd' or 'n', %d) or a str of more digits than that
 * to an int in a base that is not a power of two raises ValueError.
 * 0 means no limit; sys.set_int_max_str_digits accepts 0 or at least
 * sys.int_info.str_digits_check_threshold (640), below which no conversion
 * is checked.
 *
 *   Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
 *   Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
 */
import type { PyException } from '../../heap';
import type { Runtime } from './runtime';

/** sys.int_info.str_digits_check_threshold (_PY_LONG_MAX_STR_DIGITS_THRESHOLD). */
export const STR_DIGITS_CHECK_THRESHOLD = 640;

/** sys.int_info.default_max_str_digits (_PY_LONG_DEFAULT_MAX_STR_DIGITS). */
export const DEFAULT_MAX_STR_DIGITS = 4300;

/** long_to_decimal_string_internal's check: `digits` (no sign) decimal digits may be written. */
export function checkIntToStr(rt: Runtime, digits: number): void {
  const max = rt.intMaxStrDigits;
  if (digits > STR_DIGITS_CHECK_THRESHOLD && max > 0 && digits > max) {
    throw rt.error('ValueError', `Exceeds the limit (${max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
}

/** PyLong_FromString's check: an int may be read from `digits` digits (underscores not counted) in `base`. */
export function checkStrToInt(rt: Runtime, digits: number, base: number): void {
  if ((base & (base - 1)) === 0) return;
  const max = rt.intMaxStrDigits;
  if (digits > STR_DIGITS_CHECK_THRESHOLD && max > 0 && digits > max) {
    throw rt.error(
      'ValueError',
      `Exceeds the limit (${max} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
}

/** sys.set_int_max_str_digits(maxdigits): 0 or at least the threshold. */
export function setIntMaxStrDigits(rt: Runtime, maxdigits: number): PyException | undefined {
  if (maxdigits !== 0 && maxdigits < STR_DIGITS_CHECK_THRESHOLD) {
    return rt.error('ValueError', `maxdigits must be 0 or larger than ${STR_DIGITS_CHECK_THRESHOLD}`);
  }
  rt.intMaxStrDigits = maxdigits;
  return undefined;
}
