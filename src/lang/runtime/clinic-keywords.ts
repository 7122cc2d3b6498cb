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
 * Only signatures made of plain parameters are bound here (no *args or
 * **kwargs; keyword-only parameters are left to the builtin, which names
 * them as its keywords), and a position left empty before a named one must
 * have the default None.
 */
import type { Value } from '../../heap';
import { builtinFunctionTextSignature } from './docstrings';
import type { BuiltinFunction } from './native-objects';
import type { Runtime } from './runtime';

interface ClinicParam {
  name: string;
  /** Can be given by name (after "/", or with no "/"). */
  keyword: boolean;
  /** Keyword-only (after "*"): left to the builtin, which takes it from its keywords. */
  kwOnly: boolean;
  /** The default's text, or null for a required parameter. */
  default: string | null;
}

const parsed = new Map<string, ClinicParam[] | null>();

/** The parameters of a text signature, without its bound first one; null when it has *args or **kwargs. */
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
  const star = parts.indexOf('*');
  const out: ClinicParam[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === '/' || p === '*') continue;
    if (p.startsWith('$')) continue;
    if (p.startsWith('*') || !/^[A-Za-z_][A-Za-z_0-9]*(=.*)?$/.test(p)) return null;
    const eq = p.indexOf('=');
    out.push({ name: eq < 0 ? p : p.slice(0, eq), keyword: i > slash, kwOnly: star >= 0 && i > star, default: eq < 0 ? null : p.slice(eq + 1) });
  }
  return out;
}

/** The positional arguments a clinic builtin receives, and the keyword-only ones left for it. */
export interface ClinicBound {
  args: Value[];
  kwargs: Array<[string, Value]>;
}

/**
 * `args` with the keyword arguments put in their positions, for a builtin
 * whose text signature allows it (keyword-only ones are left in `kwargs`);
 * undefined when it does not (the caller's own rules apply). `keywords`:
 * the names the builtin takes from its keywords itself, which must be
 * exactly the signature's keyword-only parameters.
 */
export function bindClinicKeywords(
  rt: Runtime,
  f: BuiltinFunction,
  args: Value[],
  kwargs: Array<[string, Value]>,
  keywords?: readonly string[],
): ClinicBound | undefined {
  const sig = builtinFunctionTextSignature(f);
  if (sig === null) return undefined;
  const all = clinicParams(sig);
  if (all === null) return undefined;
  const params = all.filter((p) => !p.kwOnly);
  const kwOnly = all.filter((p) => p.kwOnly).map((p) => p.name);
  if (!params.some((p) => p.keyword)) return undefined;
  if ((keywords ?? []).length !== kwOnly.length || !(keywords ?? []).every((k) => kwOnly.includes(k))) return undefined;
  const fname = `${f.name}()`;
  // _PyArg_UnpackKeywords: too many arguments in all, then too many positional ones.
  const total = args.length + kwargs.length;
  const maxargs = all.length;
  if (total > maxargs) {
    throw rt.typeError(`${fname} takes at most ${maxargs} ${args.length === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${total} given)`);
  }
  if (args.length > params.length) {
    const minpos = params.filter((p) => p.default === null).length;
    throw rt.typeError(
      `${fname} takes ${minpos < params.length ? 'at most' : 'exactly'} ${params.length} positional argument${params.length === 1 ? '' : 's'} (${args.length} given)`,
    );
  }
  // Required positional-only parameters must all be given by position.
  const minposonly = params.filter((p) => !p.keyword && p.default === null).length;
  if (args.length < minposonly) {
    throw rt.typeError(
      `${fname} takes ${minposonly < params.length ? 'at least' : 'exactly'} ${minposonly} positional argument${minposonly === 1 ? '' : 's'} (${args.length} given)`,
    );
  }
  const out: Array<Value | undefined> = args.slice();
  const named = new Map(kwargs);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (!p.keyword) continue;
    const v = named.get(p.name);
    if (i < args.length) {
      if (v !== undefined) throw rt.typeError(`argument for ${fname} given by name ('${p.name}') and position (${i + 1})`);
      continue;
    }
    if (v !== undefined) out[i] = v;
    else if (p.default === null) throw rt.typeError(`${fname} missing required argument '${p.name}' (pos ${i + 1})`);
  }
  const rest: Array<[string, Value]> = [];
  for (const [k, v] of kwargs) {
    if (params.some((p) => p.keyword && p.name === k)) continue;
    if (!kwOnly.includes(k)) throw rt.typeError(`'${k}' is an invalid keyword argument for ${fname}`);
    rest.push([k, v]);
  }
  // A position left empty before a named one: only a None default can stand in for it.
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== undefined) continue;
    if (params[i].default !== 'None') return undefined;
    out[i] = null;
  }
  return { args: out as Value[], kwargs: rest };
}
