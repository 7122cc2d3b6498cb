/**
 * Keyword arguments of Argument Clinic builtins (`round(number=1.5,
 * ndigits=1)`, `pow(2, exp=3)`), read from their __text_signature__
 * (builtin-signatures.ts): the parameters after "/" (or all, without one)
 * and before "*" can be given by name, and _PyArg_UnpackKeywords puts them
 * in their positions, with its messages:
 *
 *   'x' is an invalid keyword argument for round()
 *   round() takes at most 2 arguments (3 given)
 *   argument for round() given by name ('ndigits') and position (2)
 *   round() missing required argument 'number' (pos 1)
 *
 * Only signatures made of plain positional parameters are bound here (no
 * keyword-only parameters, no *args or **kwargs), and a position left
 * empty before a named one must have the default None.
 */
import type { Value } from '../../heap';
import { builtinFunctionTextSignature } from './docstrings';
import type { BuiltinFunction } from './native-objects';
import type { Runtime } from './runtime';

interface ClinicParam {
  name: string;
  keyword: boolean;
  /** The default's text, or null for a required parameter. */
  default: string | null;
}

const parsed = new Map<string, ClinicParam[] | null>();

/** The parameters of a text signature, without its bound first one; null when it has *, *args or **kwargs. */
function clinicParams(sig: string): ClinicParam[] | null {
  let params = parsed.get(sig);
  if (params !== undefined) return params;
  params = parseParams(sig);
  parsed.set(sig, params);
  return params;
}

function parseParams(sig: string): ClinicParam[] | null {
  const text = sig.trim();
  if (!text.startsWith('(') || !text.endsWith(')')) return null;
  const parts = text.slice(1, -1).split(',').map((p) => p.trim()).filter((p) => p !== '');
  const slash = parts.indexOf('/');
  const out: ClinicParam[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === '/') continue;
    if (p.startsWith('$')) continue;
    if (p.startsWith('*') || !/^[A-Za-z_][A-Za-z_0-9]*(=.*)?$/.test(p)) return null;
    const eq = p.indexOf('=');
    out.push({ name: eq < 0 ? p : p.slice(0, eq), keyword: i > slash, default: eq < 0 ? null : p.slice(eq + 1) });
  }
  return out;
}

/**
 * `args` with the keyword arguments put in their positions, for a builtin
 * whose text signature allows it; undefined when it does not (the caller's
 * own rules apply).
 */
export function bindClinicKeywords(rt: Runtime, f: BuiltinFunction, args: Value[], kwargs: Array<[string, Value]>): Value[] | undefined {
  const sig = builtinFunctionTextSignature(f);
  if (sig === null) return undefined;
  const params = clinicParams(sig);
  if (params === null || !params.some((p) => p.keyword)) return undefined;
  const fname = `${f.name}()`;
  const total = args.length + kwargs.length;
  if (total > params.length) throw rt.typeError(`${fname} takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${total} given)`);
  const out: Array<Value | undefined> = args.slice();
  for (const [k, v] of kwargs) {
    const i = params.findIndex((p) => p.keyword && p.name === k);
    if (i < 0) throw rt.typeError(`'${k}' is an invalid keyword argument for ${fname}`);
    if (i < args.length) throw rt.typeError(`argument for ${fname} given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== undefined) continue;
    const p = params[i];
    if (p.default === null) throw rt.typeError(`${fname} missing required argument '${p.name}' (pos ${i + 1})`);
    if (p.default !== 'None') return undefined;
    out[i] = null;
  }
  return out as Value[];
}
