/**
 * format(value, spec) for f-string fields (Python/formatter_unicode.c),
 * for the types scenarios format: str and int. Spec grammar:
 * [[fill]align][sign][0][width][,|_][.precision][type].
 */
import { FloatObject, floatRepr, type Value } from '../../heap';
import { str } from '../runtime/repr';
import { expoText, exponentDigits, fixedDigits } from '../runtime/float-format';
import type { Runtime } from '../runtime/runtime';

/** float.__format__ for the presentation types e, f, g, % and none (formatter_unicode.c). */
export function formatFloat(x: number, type: string | undefined, prec: number | undefined, rt: Runtime, v: Value): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : 'inf';
  switch (type) {
    case 'f':
    case 'F':
      return fixedDigits(x, prec ?? 6);
    case 'e':
    case 'E': {
      const s = expoText(x, prec ?? 6);
      return type === 'E' ? s.toUpperCase() : s;
    }
    case '%':
      return fixedDigits(x * 100, prec ?? 6) + '%';
    case 'g':
    case 'G':
    case undefined: {
      if (type === undefined && prec === undefined) return floatRepr(x);
      const p = prec === undefined ? 6 : Math.max(prec, 1);
      if (x === 0) return type === undefined ? '0.0' : '0';
      // The exponent after rounding to p significant digits decides the style.
      const e = exponentDigits(x, p - 1)[1];
      let s: string;
      if (e >= -4 && e < p) {
        s = fixedDigits(x, Math.max(0, p - 1 - e));
        if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, type === undefined ? '.0' : '');
      } else {
        s = expoText(x, p - 1).replace(/\.?0+e/, 'e');
      }
      return type === 'G' ? s.toUpperCase() : s;
    }
    default:
      throw rt.error('ValueError', `Unknown format code '${type}' for object of type '${rt.typeName(v)}'`);
  }
}

export function formatValue(rt: Runtime, v: Value, spec: string | null): string {
  if (spec === null || spec === '') return str(rt, v);
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdoxXs%eEfFgGn])?$/s.exec(spec);
  if (m === null) throw rt.error('ValueError', `Invalid format specifier '${spec}' for object of type '${rt.typeName(v)}'`);
  const [, fillCh, align, sign, zero, widthS, group, precS, type] = m;
  let body: string;
  const isNum = typeof v === 'number' || typeof v === 'boolean' || v instanceof FloatObject;
  if (v instanceof FloatObject || (isNum && type !== undefined && 'eEfFgG%'.includes(type))) {
    const x = v instanceof FloatObject ? v.value : Number(v);
    body = formatFloat(Math.abs(x), type, precS === undefined ? undefined : +precS, rt, v);
    if (group) body = body.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, group));
    const signStr = x < 0 || Object.is(x, -0) ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
    body = signStr + body;
    if (zero && !align && widthS) return signStr + body.slice(signStr.length).padStart(+widthS - signStr.length, '0');
  } else if (isNum) {
    const n = +v;
    switch (type) {
      case 'x':
        body = Math.abs(n).toString(16);
        break;
      case 'X':
        body = Math.abs(n).toString(16).toUpperCase();
        break;
      case 'b':
        body = Math.abs(n).toString(2);
        break;
      case 'o':
        body = Math.abs(n).toString(8);
        break;
      case undefined:
      case 'd':
      case 'n':
        body = Math.abs(n).toString();
        break;
      default:
        throw rt.error('ValueError', `Unknown format code '${type}' for object of type 'int'`);
    }
    if (group) body = body.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    const signStr = n < 0 ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
    body = signStr + body;
    if (zero && !align && widthS) {
      const w = +widthS;
      return signStr + body.slice(signStr.length).padStart(w - signStr.length, '0');
    }
  } else if (typeof v === 'string') {
    if (type !== undefined && type !== 's') {
      throw rt.error('ValueError', `Unknown format code '${type}' for object of type 'str'`);
    }
    body = v;
  } else {
    throw rt.typeError(`unsupported format string passed to ${rt.typeName(v)}.__format__`);
  }
  const width = widthS ? +widthS : 0;
  if (body.length >= width) return body;
  const fill = fillCh ?? (zero ? '0' : ' ');
  const a = align ?? (isNum ? '>' : '<');
  const pad = width - body.length;
  if (a === '<') return body + fill.repeat(pad);
  if (a === '>') return fill.repeat(pad) + body;
  if (a === '^') return fill.repeat(pad >> 1) + body + fill.repeat(pad - (pad >> 1));
  return fill.repeat(pad) + body;
}
