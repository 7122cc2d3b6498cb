/**
 * The number slots of classes written in Python for the operations that
 * have no operator token: divmod() (nb_divmod through __divmod__ /
 * __rdivmod__), three-argument pow() (slot_nb_power: __pow__(other, mod),
 * never __rpow__) and round() (__round__). binary_op1's rule applies: the
 * right operand's reflected method goes first when its type is a proper
 * subclass of the left's that overrides it; NotImplemented passes on.
 */
import { Instance, type Value } from '../../heap';
import { callMethodIfDefined, callSpecialBound } from './calls';
import { NotImplemented, type Runtime } from './runtime';

/** One side's dunder, or NotImplemented when its class does not define it (or returns NotImplemented). */
function side(rt: Runtime, self: Value, name: string, args: Value[]): Value {
  if (!(self instanceof Instance) || self.cls.lookup(name) === undefined) return NotImplemented;
  return callMethodIfDefined(rt, self, name, args) as Value;
}

/** binary_op1 over a pair of dunders: a new reference, or NotImplemented. */
export function binaryDunder(rt: Runtime, a: Value, b: Value, name: string, rname: string): Value {
  const ta = rt.typeOf(a);
  const tb = rt.typeOf(b);
  let reflectedDone = false;
  if (ta !== tb && tb.isSubclassOf(ta) && b instanceof Instance && b.cls.lookup(rname) !== undefined) {
    reflectedDone = true;
    const r = side(rt, b, rname, [a]);
    if (r !== NotImplemented) return r;
  }
  const r1 = side(rt, a, name, [b]);
  if (r1 !== NotImplemented) return r1;
  if (ta !== tb && !reflectedDone) return side(rt, b, rname, [a]);
  return NotImplemented;
}

/** Does either operand's class define one of these (so the dunder protocol applies)? */
export function hasDunder(a: Value, b: Value, name: string, rname: string): boolean {
  return (a instanceof Instance && a.cls.lookup(name) !== undefined) || (b instanceof Instance && b.cls.lookup(rname) !== undefined);
}

/** pow(a, b, mod) for a left operand whose class defines __pow__ (slot_nb_power's ternary case). */
export function ternaryPow(rt: Runtime, a: Value, b: Value, mod: Value): Value {
  return side(rt, a, '__pow__', [b, mod]);
}

/** round(x[, n]) through the class's __round__. */
export function roundDunder(rt: Runtime, v: Value, nd: Value | undefined): Value | undefined {
  if (!(v instanceof Instance) || v.cls.lookup('__round__') === undefined) return undefined;
  return callSpecialBound(rt, v, '__round__', nd === undefined ? [] : [nd]);
}
