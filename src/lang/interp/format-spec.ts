/**
 * format(value, spec) for f-string fields (Python/formatter_unicode.c),
 * for the types scenarios format: str and int. Spec grammar:
 * [[fill]align][sign][0][width][,|_][.precision][type].
 */
import type { Value } from '../../heap';
import { str } from '../runtime/repr';
import type { Runtime } from '../runtime/runtime';

export function formatValue(rt: Runtime, v: Value, spec: string | null): string {
  if (spec === null || spec === '') return str(rt, v);
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdoxXs%eEfFgGn])?$/s.exec(spec);
  if (m === null) throw rt.error('ValueError', `Invalid format specifier '${spec}' for object of type '${rt.typeName(v)}'`);
  const [, fillCh, align, sign, zero, widthS, group, , type] = m;
  let body: string;
  const isNum = typeof v === 'number' || typeof v === 'boolean';
  if (isNum) {
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
