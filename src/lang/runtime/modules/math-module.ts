/**
 * The `math` module (Modules/mathmodule.c), on the host's IEEE-754 doubles:
 * the functions whose results the host computes exactly as C's libm does
 * (sqrt, floor/ceil/trunc, fabs, fmod, copysign, hypot, isclose, the
 * integer functions gcd/lcm/factorial/comb/perm/isqrt/prod, fsum) and the
 * transcendental ones (exp, log, sin, ...), which JavaScript computes to
 * within 1 ulp of libm -- printed with repr they may differ from CPython's
 * in the last digit. Domain errors are CPython's: `ValueError: math domain
 * error`, `OverflowError: math range error`.
 */
import { FloatObject, newFloat, type Value } from '../../../heap';
import { binaryOp, normInt } from '../arithmetic';
import { signBit } from '../float-math';
import { indexOf, toArray } from '../operators';
import type { ModuleObject } from '../function-object';
import { frexp, ldexp, libmCbrt, nextAfter, libmAcos, libmAcosh, libmAsin, libmAsinh, libmAtanh, libmCosh, libmLog10, libmLog2, libmSinh } from '../libm-functions';
import { FloatMathError, floatPow, libmAtan, libmAtan2, libmCos, libmExp, libmLog, libmSin, libmTan, vectorNorm } from '../float-math';
import type { Runtime } from '../runtime';
import { libmErf, libmErfc } from '../libm-erf';
import { lgamma, tgamma, type ErrnoResult } from '../lanczos-gamma';
import { addFunction, newNativeModule } from './native-module';
import { callSpecial } from '../special-method';

/** PyFloat_AsDouble for math's arguments: an int, a bool or a float. */
function toDouble(rt: Runtime, v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return +v;
  if (typeof v === 'bigint') {
    const d = Number(v);
    if (!Number.isFinite(d)) throw rt.error('OverflowError', 'int too large to convert to float');
    return d;
  }
  if (v instanceof FloatObject) return v.value;
  // A type's own __float__ (Fraction), then __index__, as PyFloat_AsDouble does.
  const f = callSpecial(rt, v, '__float__', []);
  if (f !== undefined) {
    if (f instanceof FloatObject) {
      const d = f.value;
      rt.decref(f);
      return d;
    }
    const t = rt.typeName(f);
    rt.decref(f);
    throw rt.typeError(`${rt.typeName(v)}.__float__ returned non-float (type ${t})`);
  }
  const i = callSpecial(rt, v, '__index__', []);
  if (i !== undefined) return toDouble(rt, i);
  throw rt.typeError(`must be real number, not ${rt.typeName(v)}`);
}

/** An exact integer argument (int or bool), as a bigint. */
/**
 * The integer arguments of gcd/lcm/factorial/comb/perm/isqrt
 * (PyNumber_Index): an int or int subclass instance, or what an object's
 * __index__ returns.
 */
function toInteger(rt: Runtime, v: Value): bigint {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'object') {
    const i = indexOf(rt, v);
    if (i !== undefined) return BigInt(i);
  }
  throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
}

function args(rt: Runtime, name: string, a: Value[], n: number): void {
  if (a.length !== n) {
    if (n === 1) throw rt.typeError(`math.${name}() takes exactly one argument (${a.length} given)`);
    throw rt.typeError(`${name} expected ${n} arguments, got ${a.length}`);
  }
}

const domainError = (rt: Runtime) => rt.error('ValueError', 'math domain error');

/** A float result; infinities from finite arguments are OverflowError (math_1's rule). */
function floatResult(rt: Runtime, r: number, x: number[]): Value {
  if (Number.isNaN(r) && !x.some(Number.isNaN)) throw domainError(rt);
  if (!Number.isFinite(r) && !Number.isNaN(r) && x.every(Number.isFinite)) throw rt.error('OverflowError', 'math range error');
  return newFloat(rt.heap, r);
}

function bigIntSqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Shewchuk's exact summation (msum), as math.fsum does. */
function fsum(values: number[]): number {
  const partials: number[] = [];
  for (let x of values) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  return partials.reduce((s, v) => s + v, 0);
}

/** vector_norm over the coordinates (math.hypot, math.dist). */
function norm(coordinates: number[]): number {
  let max = 0;
  let foundNan = false;
  const values = coordinates.map((c) => {
    const x = Math.abs(c);
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(values, max, foundNan);
}

/**
 * loghelper (Modules/mathmodule.c): an int too large for a float is
 * frexp'ed (_PyLong_Frexp: x in [0.5, 1) correctly rounded, and its
 * exponent e), and the logarithm is func(x) + func(2.0) * e; other
 * arguments are converted to float. Non-positive arguments are a domain error.
 */
function logHelper(rt: Runtime, v: Value, func: (x: number) => number): number {
  if (typeof v === 'bigint') {
    if (v <= 0n) throw domainError(rt);
    const e = v.toString(2).length;
    if (e <= 1024) {
      const x = Number(v);
      if (Number.isFinite(x)) return func(x);
    }
    // The top 55 bits with a sticky bit below them, rounded once by Number().
    const shift = BigInt(e - 55);
    let top = v >> shift;
    if ((top << shift) !== v) top |= 1n;
    let x = Number(top) / 2 ** 55;
    let exp = e;
    if (x === 1) {
      x = 0.5;
      exp += 1;
    }
    return func(x) + func(2.0) * exp;
  }
  const x = toDouble(rt, v);
  if (!(x > 0) && !Number.isNaN(x)) throw domainError(rt);
  return func(x);
}

/** C's pow() for math.pow after its domain checks: correctly rounded; an overflow is inf (math_2 then raises). */
function libmPowOrInf(x: number, y: number): number {
  try {
    return floatPow(x, y);
  } catch (e) {
    if (e instanceof FloatMathError) return e.pyType === 'OverflowError' ? (x < 0 && Number.isInteger(y) && Math.abs(y % 2) === 1 ? -Infinity : Infinity) : NaN;
    throw e;
  }
}

export function makeMathModule(rt: Runtime): ModuleObject {
  const heap = rt.heap;
  const unary = (name: string, f: (x: number) => number, domain?: (x: number) => boolean) => (a: Value[]) => {
    args(rt, name, a, 1);
    const x = toDouble(rt, a[0]);
    if (domain !== undefined && !domain(x)) throw domainError(rt);
    return floatResult(rt, f(x), [x]);
  };
  const rounding = (name: string, f: (x: number) => number) => (a: Value[]) => {
    args(rt, name, a, 1);
    const v = a[0];
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return +v;
    if (!(v instanceof FloatObject)) {
      // math_floor/math_ceil/math_trunc: a type's own __floor__/__ceil__/__trunc__ first
      // (Fraction, Decimal-like classes); trunc has no float fallback.
      const r = callSpecial(rt, v, `__${name}__`, []);
      if (r !== undefined) return r;
      if (name === 'trunc') throw rt.typeError(`type ${rt.typeName(v)} doesn't define __trunc__ method`);
    }
    const x = toDouble(rt, v);
    if (Number.isNaN(x)) throw rt.error('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw rt.error('OverflowError', 'cannot convert float infinity to integer');
    const r = f(x);
    return Number.isSafeInteger(r) ? r : normInt(BigInt(r));
  };
  return newNativeModule(rt, 'math', (d) => {
    // CPython's math is an extension module of the oracle's build, not built in.
    d.set(heap, '__file__', '/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so');
    d.set(heap, 'pi', newFloat(heap, Math.PI));
    d.set(heap, 'e', newFloat(heap, Math.E));
    d.set(heap, 'tau', newFloat(heap, 2 * Math.PI));
    d.set(heap, 'inf', newFloat(heap, Infinity));
    d.set(heap, 'nan', newFloat(heap, NaN));
    for (const k of ['pi', 'e', 'tau', 'inf', 'nan']) heap.decref(d.get(heap, k)!);
    addFunction(rt, d, 'sqrt', unary('sqrt', Math.sqrt, (x) => x >= 0 || Number.isNaN(x)));
    addFunction(rt, d, 'exp', unary('exp', libmExp));
    addFunction(rt, d, 'sin', unary('sin', libmSin, (x) => Number.isFinite(x) || Number.isNaN(x)));
    addFunction(rt, d, 'cos', unary('cos', libmCos, (x) => Number.isFinite(x) || Number.isNaN(x)));
    addFunction(rt, d, 'tan', unary('tan', libmTan, (x) => Number.isFinite(x) || Number.isNaN(x)));
    addFunction(rt, d, 'asin', unary('asin', libmAsin, (x) => Math.abs(x) <= 1 || Number.isNaN(x)));
    addFunction(rt, d, 'acos', unary('acos', libmAcos, (x) => Math.abs(x) <= 1 || Number.isNaN(x)));
    addFunction(rt, d, 'atan', unary('atan', libmAtan));
    addFunction(rt, d, 'sinh', unary('sinh', libmSinh));
    addFunction(rt, d, 'cosh', unary('cosh', libmCosh));
    addFunction(rt, d, 'tanh', unary('tanh', Math.tanh));
    addFunction(rt, d, 'fabs', unary('fabs', Math.abs));
    addFunction(rt, d, 'log2', (a) => {
      args(rt, 'log2', a, 1);
      return newFloat(heap, logHelper(rt, a[0], libmLog2));
    });
    addFunction(rt, d, 'log10', (a) => {
      args(rt, 'log10', a, 1);
      return newFloat(heap, logHelper(rt, a[0], libmLog10));
    });
    addFunction(rt, d, 'asinh', unary('asinh', libmAsinh));
    addFunction(rt, d, 'acosh', unary('acosh', libmAcosh, (x) => x >= 1 || Number.isNaN(x)));
    addFunction(rt, d, 'atanh', unary('atanh', libmAtanh, (x) => Math.abs(x) < 1 || Number.isNaN(x)));
    addFunction(rt, d, 'log1p', unary('log1p', Math.log1p, (x) => x > -1 || Number.isNaN(x)));
    addFunction(rt, d, 'expm1', unary('expm1', Math.expm1));
    addFunction(rt, d, 'degrees', unary('degrees', (x) => x * (180 / Math.PI)));
    addFunction(rt, d, 'radians', unary('radians', (x) => x * (Math.PI / 180)));
    addFunction(rt, d, 'floor', rounding('floor', Math.floor));
    addFunction(rt, d, 'ceil', rounding('ceil', Math.ceil));
    addFunction(rt, d, 'trunc', rounding('trunc', Math.trunc));
    addFunction(rt, d, 'log', (a) => {
      if (a.length < 1 || a.length > 2) throw rt.typeError(`log expected 1 or 2 arguments, got ${a.length}`);
      const ln = (v: Value) => logHelper(rt, v, libmLog);
      const num = ln(a[0]);
      if (a.length === 1) return newFloat(heap, num);
      const den = ln(a[1]);
      if (den === 0) throw rt.error('ZeroDivisionError', 'float division by zero');
      return newFloat(heap, num / den);
    });
    addFunction(rt, d, 'pow', (a) => {
      args(rt, 'pow', a, 2);
      const x = toDouble(rt, a[0]);
      const y = toDouble(rt, a[1]);
      if (x === 0 && y < 0) throw domainError(rt);
      if (x < 0 && Number.isFinite(x) && !Number.isInteger(y) && Number.isFinite(y)) throw domainError(rt);
      if (x === 1 || y === 0) return newFloat(heap, 1);
      return floatResult(rt, libmPowOrInf(x, y), [x, y]);
    });
    // math_1a: erf, erfc, gamma, lgamma report errno as C sets it (EDOM: ValueError; ERANGE: OverflowError unless |r| < 1.5).
    const errnoFunction = (name: string, f: (x: number) => ErrnoResult) => (a: Value[]) => {
      args(rt, name, a, 1);
      const r = f(toDouble(rt, a[0]));
      if (r.errno === 'domain') throw domainError(rt);
      if (r.errno === 'range' && Math.abs(r.value) >= 1.5) throw rt.error('OverflowError', 'math range error');
      return newFloat(heap, r.value);
    };
    addFunction(rt, d, 'erf', errnoFunction('erf', (x) => ({ value: libmErf(x), errno: 'none' })));
    addFunction(rt, d, 'erfc', errnoFunction('erfc', (x) => ({ value: libmErfc(x), errno: 'none' })));
    addFunction(rt, d, 'gamma', errnoFunction('gamma', tgamma));
    addFunction(rt, d, 'lgamma', errnoFunction('lgamma', lgamma));
    addFunction(rt, d, 'exp2', unary('exp2', (x) => (Number.isNaN(x) ? x : libmPowOrInf(2, x))));
    addFunction(rt, d, 'cbrt', unary('cbrt', libmCbrt));
    // frexp: m * 2**e with 0.5 <= |m| < 1 (exact); zero, inf and nan come back with e = 0.
    addFunction(rt, d, 'frexp', (a) => {
      args(rt, 'frexp', a, 1);
      const x = toDouble(rt, a[0]);
      const [m, e] = frexp(x);
      return rt.tupleSteal([newFloat(heap, m), e]);
    });
    // math_ldexp: x * 2**i, exact unless the result is subnormal (rounded once); OverflowError past the range.
    addFunction(rt, d, 'ldexp', (a) => {
      args(rt, 'ldexp', a, 2);
      const x = toDouble(rt, a[0]);
      const i = a[1];
      if (typeof i !== 'number' && typeof i !== 'bigint' && typeof i !== 'boolean') throw rt.typeError('Expected an int as second argument to ldexp.');
      const big = BigInt(typeof i === 'boolean' ? Number(i) : i);
      const exp = big > 100000n ? 100000 : big < -100000n ? -100000 : Number(big);
      if (x === 0 || !Number.isFinite(x)) return newFloat(heap, x);
      const r = ldexp(x, exp);
      if (!Number.isFinite(r)) throw rt.error('OverflowError', 'math range error');
      return newFloat(heap, r);
    });
    // math_modf: the fractional and integral parts, both with x's sign.
    addFunction(rt, d, 'modf', (a) => {
      args(rt, 'modf', a, 1);
      const x = toDouble(rt, a[0]);
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) return rt.tupleSteal([newFloat(heap, x), newFloat(heap, x)]);
        return rt.tupleSteal([newFloat(heap, x < 0 ? -0 : 0), newFloat(heap, x)]);
      }
      const ip = Math.trunc(x);
      const fp = x - ip;
      const neg = x < 0 || Object.is(x, -0);
      return rt.tupleSteal([newFloat(heap, fp === 0 && neg ? -0 : fp), newFloat(heap, ip === 0 && neg ? -0 : ip)]);
    });
    addFunction(rt, d, 'nextafter', (a) => {
      args(rt, 'nextafter', a, 2);
      return newFloat(heap, nextAfter(toDouble(rt, a[0]), toDouble(rt, a[1])));
    });
    // math_ulp: the gap to the next float away from zero (the last gap below inf for the largest float).
    addFunction(rt, d, 'ulp', (a) => {
      args(rt, 'ulp', a, 1);
      let x = toDouble(rt, a[0]);
      if (Number.isNaN(x)) return newFloat(heap, x);
      x = Math.abs(x);
      if (x === Infinity) return newFloat(heap, x);
      const x2 = nextAfter(x, Infinity);
      if (x2 === Infinity) return newFloat(heap, x - nextAfter(x, -Infinity));
      return newFloat(heap, x2 - x);
    });
    // m_remainder: IEEE 754 remainder, x - n*y with n the integer nearest x/y (ties to even), exact.
    addFunction(rt, d, 'remainder', (a) => {
      args(rt, 'remainder', a, 2);
      const x = toDouble(rt, a[0]);
      const y = toDouble(rt, a[1]);
      let r: number;
      if (Number.isFinite(x) && Number.isFinite(y)) {
        if (y === 0) throw domainError(rt);
        const absx = Math.abs(x);
        const absy = Math.abs(y);
        const m = absx % absy;
        const c = absy - m;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
        r = (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
      } else if (Number.isNaN(x)) r = x;
      else if (Number.isNaN(y)) r = y;
      else if (!Number.isFinite(x)) throw domainError(rt);
      else r = x;
      return newFloat(heap, r);
    });
    addFunction(rt, d, 'atan2', (a) => {
      args(rt, 'atan2', a, 2);
      return newFloat(heap, libmAtan2(toDouble(rt, a[0]), toDouble(rt, a[1])));
    });
    addFunction(rt, d, 'fmod', (a) => {
      args(rt, 'fmod', a, 2);
      const x = toDouble(rt, a[0]);
      const y = toDouble(rt, a[1]);
      if (y === 0 || !Number.isFinite(x)) {
        if (!Number.isNaN(x) && !Number.isNaN(y)) throw domainError(rt);
      }
      return newFloat(heap, x % y);
    });
    addFunction(rt, d, 'copysign', (a) => {
      args(rt, 'copysign', a, 2);
      // copysign(x, y): x's magnitude with y's sign bit (NaNs too).
      const x = Math.abs(toDouble(rt, a[0]));
      return newFloat(heap, signBit(toDouble(rt, a[1])) ? -x : x);
    });
    addFunction(rt, d, 'hypot', (a) => newFloat(heap, norm(a.map((v) => toDouble(rt, v)))));
    addFunction(rt, d, 'dist', (a) => {
      args(rt, 'dist', a, 2);
      const p = a[0] as unknown as { items?: Value[] };
      const q = a[1] as unknown as { items?: Value[] };
      if (!Array.isArray(p?.items) || !Array.isArray(q?.items)) throw rt.typeError('dist(): both points must be sequences');
      if (p.items.length !== q.items.length) throw rt.error('ValueError', 'both points must have the same number of dimensions');
      return newFloat(heap, norm(p.items.map((v, i) => toDouble(rt, v) - toDouble(rt, q.items![i]))));
    });
    for (const [name, test] of [
      ['isnan', Number.isNaN],
      ['isinf', (x: number) => x === Infinity || x === -Infinity],
      ['isfinite', Number.isFinite],
    ] as Array<[string, (x: number) => boolean]>) {
      addFunction(rt, d, name, (a) => {
        args(rt, name, a, 1);
        return test(toDouble(rt, a[0]));
      });
    }
    addFunction(
      rt,
      d,
      'isclose',
      (a, kw) => {
        // math_isclose's clinic parser: a and b, then keyword-only tolerances.
        if (a.length > 2) throw rt.typeError(`isclose() takes exactly 2 positional arguments (${a.length} given)`);
        args(rt, 'isclose', a, 2);
        const x = toDouble(rt, a[0]);
        const y = toDouble(rt, a[1]);
        let relTol = 1e-9;
        let absTol = 0;
        for (const [k, v] of kw ?? []) {
          if (k === 'rel_tol') relTol = toDouble(rt, v);
          else if (k === 'abs_tol') absTol = toDouble(rt, v);
          else throw rt.typeError(`isclose() got an unexpected keyword argument '${k}'`);
        }
        if (relTol < 0 || absTol < 0) throw rt.error('ValueError', 'tolerances must be non-negative');
        if (x === y) return true;
        if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
        const diff = Math.abs(y - x);
        return diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol;
      },
      ['rel_tol', 'abs_tol'],
    );
    addFunction(rt, d, 'fsum', (a) => {
      args(rt, 'fsum', a, 1);
      const items = toArray(rt, a[0]);
      try {
        return newFloat(heap, fsum(items.map((v) => toDouble(rt, v))));
      } finally {
        for (const v of items) rt.decref(v);
      }
    });
    addFunction(
      rt,
      d,
      'prod',
      (a, kw) => {
        if (a.length !== 1) throw rt.typeError(`prod() takes exactly 1 positional argument (${a.length} given)`);
        let acc: Value = 1;
        for (const [k, v] of kw ?? []) if (k === 'start') acc = v;
        rt.incref(acc);
        const items = toArray(rt, a[0]);
        try {
          for (const v of items) {
            const next = binaryOp(rt, '*', acc, v);
            rt.decref(acc);
            acc = next;
          }
        } catch (e) {
          rt.decref(acc);
          throw e;
        } finally {
          for (const v of items) rt.decref(v);
        }
        return acc;
      },
      ['start'],
    );
    addFunction(rt, d, 'gcd', (a) => normInt(a.map((v) => toInteger(rt, v)).reduce(gcd2, 0n)));
    addFunction(rt, d, 'lcm', (a) =>
      normInt(
        a
          .map((v) => toInteger(rt, v))
          .reduce((x, y) => (x === 0n || y === 0n ? 0n : ((x * y < 0n ? -(x * y) : x * y) / gcd2(x, y))), 1n),
      ),
    );
    addFunction(rt, d, 'isqrt', (a) => {
      args(rt, 'isqrt', a, 1);
      const n = toInteger(rt, a[0]);
      if (n < 0n) throw rt.error('ValueError', 'isqrt() argument must be nonnegative');
      return normInt(bigIntSqrt(n));
    });
    addFunction(rt, d, 'factorial', (a) => {
      args(rt, 'factorial', a, 1);
      if (a[0] instanceof FloatObject) throw rt.typeError("'float' object cannot be interpreted as an integer");
      const n = toInteger(rt, a[0]);
      if (n < 0n) throw rt.error('ValueError', 'factorial() not defined for negative values');
      let r = 1n;
      for (let i = 2n; i <= n; i++) r *= i;
      return normInt(r);
    });
    addFunction(rt, d, 'comb', (a) => {
      args(rt, 'comb', a, 2);
      const n = toInteger(rt, a[0]);
      const k = toInteger(rt, a[1]);
      if (n < 0n) throw rt.error('ValueError', 'n must be a non-negative integer');
      if (k < 0n) throw rt.error('ValueError', 'k must be a non-negative integer');
      if (k > n) return 0;
      let r = 1n;
      const kk = k < n - k ? k : n - k;
      for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
      return normInt(r);
    });
    addFunction(rt, d, 'perm', (a) => {
      if (a.length < 1 || a.length > 2) throw rt.typeError(`perm expected at most 2 arguments, got ${a.length}`);
      const n = toInteger(rt, a[0]);
      const k = a.length === 2 && a[1] !== null ? toInteger(rt, a[1]) : n;
      if (n < 0n) throw rt.error('ValueError', 'n must be a non-negative integer');
      if (k < 0n) throw rt.error('ValueError', 'k must be a non-negative integer');
      if (k > n) return 0;
      let r = 1n;
      for (let i = 0n; i < k; i++) r *= n - i;
      return normInt(r);
    });
  });
}
