/**
 * A seeded random program generator for the scenario language, for
 * differential fuzzing against python3 (`gclab fuzz`). Program i of seed s
 * is a pure function of (s, i).
 *
 * A program is a fixed prelude (classes whose __del__ prints, resurrects,
 * raises or allocates; weakref callbacks that print, raise or allocate; a
 * generator with a `finally`; the weak containers) and a list of actions,
 * one top-level statement (or small block) each: make objects, link them
 * into cycles, drop names, take weak references and proxies, put objects
 * in a WeakSet / WeakValueDictionary / WeakKeyDictionary, register
 * finalize callbacks, start generators, collect a generation, inspect what
 * is still alive. The collector is disabled (gc.disable()) so every
 * collection is an explicit gc.collect(): automatic thresholds are
 * exercised by the conformance corpus, and here they would make every
 * program's output depend on allocation counts.
 *
 * Every action starts with a marker line (`print("== 3")`), so the output
 * falls into segments, one per action: `--mode sorted` compares the set of
 * lines of each segment (what died per step and collection), `--mode
 * strict` the exact order. The actions are kept apart so the shrinker can
 * drop any of them and still have a runnable program.
 */
import { SeededRandom } from './seeded-random';

/** A generated program: the prelude and its actions (join with programSource). */
export interface FuzzProgram {
  seed: number;
  index: number;
  actions: string[];
}

/** The classes, callbacks and containers every program starts with. */
export const FUZZ_PRELUDE = `import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


class Del(Node):
    def __del__(self):
        print("del", self.name)


class Lazarus(Node):
    saved = []

    def __del__(self):
        print("del", self.name, "resurrects")
        Lazarus.saved.append(self)


class RaiseDel(Node):
    def __del__(self):
        print("del", self.name, "raises")
        raise ValueError(self.name)


class AllocDel(Node):
    def __del__(self):
        print("del", self.name, "allocates")
        junk = [self.name]
        junk.append(junk)


def cb(label):
    def callback(ref):
        print("callback", label, ref() is None)
    return callback


def raising_cb(label):
    def callback(ref):
        print("callback", label, "raises")
        raise KeyError(label)
    return callback


def allocating_cb(label):
    def callback(ref):
        print("callback", label, "allocates")
        c = Del(label + "-cb")
        c.me = c
    return callback


def gen(label):
    try:
        yield 1
        yield 2
    finally:
        print("finally", label)


def names(container):
    return sorted(str(x) for x in container)


ws = weakref.WeakSet()
wvd = weakref.WeakValueDictionary()
wkd = weakref.WeakKeyDictionary()
`;

/** The program's full source. */
export function programSource(p: FuzzProgram, actions: readonly string[] = p.actions): string {
  const header = `# gclab fuzz program ${p.index} of seed ${p.seed}\n`;
  const body = actions.map((a, k) => `print("== ${k}")\n${a}`).join('\n');
  return `${header}${FUZZ_PRELUDE}\n${body}\nprint("== end")\n`;
}

const CLASSES = ['Node', 'Del', 'Del', 'Lazarus', 'RaiseDel', 'AllocDel'];

/** Generate program `index` of `seed` (`size`: about how many actions). */
export function generateProgram(seed: number, index: number, size = 24): FuzzProgram {
  const rng = new SeededRandom(seed, index);
  const objects: string[] = []; // names of object variables ever bound
  const refs: string[] = [];
  const proxies: string[] = [];
  const gens: string[] = [];
  let counter = 0;
  const fresh = (prefix: string) => `${prefix}${counter++}`;
  const anyObj = () => rng.pick(objects);
  const actions: string[] = [];
  const guard = (stmt: string) => `try:\n    ${stmt.split('\n').join('\n    ')}\nexcept NameError:\n    pass`;
  const n = rng.between(Math.max(3, size >> 1), size);
  for (let k = 0; k < n; k++) {
    const choice = objects.length === 0 ? 0 : rng.below(100);
    if (choice < 22) {
      const name = fresh('o');
      objects.push(name);
      actions.push(`${name} = ${rng.pick(CLASSES)}("${name}")`);
    } else if (choice < 40) {
      const a = anyObj();
      const b = anyObj();
      const how = rng.below(4);
      const stmt =
        how === 0
          ? `${a}.${rng.pick(['x', 'y'])} = ${b}`
          : how === 1
            ? `${a}.items = [${b}, ${anyObj()}]`
            : how === 2
              ? `${a}.d = {"k": ${b}}`
              : `${a}.t = (${b},)`;
      actions.push(guard(stmt));
    } else if (choice < 54) {
      actions.push(guard(`del ${anyObj()}`));
    } else if (choice < 62) {
      const r = fresh('w');
      const kind = rng.pick(['cb', 'cb', 'raising_cb', 'allocating_cb', 'none']);
      const arg = kind === 'none' ? '' : `, ${kind}("${r}")`;
      refs.push(r);
      actions.push(guard(`${r} = weakref.ref(${anyObj()}${arg})`));
    } else if (choice < 66 && refs.length > 0) {
      const r = rng.pick(refs);
      actions.push(guard(`print("${r} alive", ${r}() is not None)`));
    } else if (choice < 70) {
      const p = fresh('p');
      proxies.push(p);
      actions.push(guard(`${p} = weakref.proxy(${anyObj()}, cb("${p}"))`));
    } else if (choice < 73 && proxies.length > 0) {
      const p = rng.pick(proxies);
      actions.push(`try:\n    print("${p}", ${p}.name)\nexcept ReferenceError as e:\n    print("${p}", e)\nexcept NameError:\n    pass`);
    } else if (choice < 79) {
      const o = anyObj();
      const which = rng.below(3);
      const stmt = which === 0 ? `ws.add(${o})` : which === 1 ? `wvd["${o}"] = ${o}` : `wkd[${o}] = "${o}"`;
      actions.push(guard(stmt));
    } else if (choice < 81) {
      actions.push('print("ws", names(ws), "wvd", sorted(wvd.keys()), "wkd", sorted(wkd.values()))');
    } else if (choice < 84) {
      actions.push(guard(`weakref.finalize(${anyObj()}, print, "finalize", "${anyObj()}")`));
    } else if (choice < 87) {
      const g = fresh('g');
      gens.push(g);
      const holder = anyObj();
      actions.push(guard(`${g} = gen("${g}")\nnext(${g})\n${holder}.g = ${g}`));
    } else if (choice < 88 && gens.length > 0) {
      actions.push(guard(`del ${rng.pick(gens)}`));
    } else if (choice < 97) {
      const g = rng.pick(['', '', '', '0', '1', '2']);
      actions.push(`print("collect", gc.collect(${g}))`);
    } else {
      actions.push('Lazarus.saved.clear()');
    }
  }
  return { seed, index, actions };
}

/** The lines of an output, split at the marker lines: one array per action. */
export function outputSegments(output: string): string[][] {
  const segments: string[][] = [[]];
  for (const line of output.split('\n')) {
    if (/^== (\d+|end)$/.test(line)) segments.push([line]);
    else segments[segments.length - 1].push(line);
  }
  return segments;
}

/**
 * Do two outputs agree? `strict`: byte for byte. `sorted`: the same marker lines, and in each
 * segment the same lines in any order (the set of deaths per step and collection).
 */
export function outputsAgree(a: string, b: string, mode: 'strict' | 'sorted'): boolean {
  if (mode === 'strict') return a === b;
  const sa = outputSegments(a);
  const sb = outputSegments(b);
  if (sa.length !== sb.length) return false;
  for (let i = 0; i < sa.length; i++) {
    const x = [...sa[i]].sort();
    const y = [...sb[i]].sort();
    if (x.length !== y.length || x.some((l, k) => l !== y[k])) return false;
  }
  return true;
}
