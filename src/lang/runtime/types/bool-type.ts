/**
 * bool (Objects/boolobject.c PyBool_Type): True and False are immediates
 * whose slots are int's (inherited), except the ones bool's type object
 * fills itself, which bool.__dict__ shows as slot wrappers:
 *
 *   tp_repr              bool_repr: 'True' / 'False' (int.__repr__(True)
 *                        is long_to_decimal_string's '1')
 *   nb_and/nb_or/nb_xor  bool_and, bool_or, bool_xor: two bools give a
 *                        bool; any other operand goes to int's nb_and
 *                        (PyLong_Type.tp_as_number), an int result
 */
import type { Value } from '../../../heap';
import { defineMethods } from '../attributes';
import { binaryOp, type BinOp } from '../arithmetic';
import { NotImplemented, type Runtime } from '../runtime';
import { inheritSlots, markSlotWrappers } from '../type-slots';
import { intOperand } from './int-type';

/** wrap_binaryfunc_l / wrap_binaryfunc_r over bool_and, bool_or, bool_xor. */
function boolBinary(op: BinOp, reflected: boolean) {
  return (rt: Runtime, self: Value, args: Value[]): Value => {
    // check_num_args
    if (args.length !== 1) throw rt.typeError(`expected 1 argument, got ${args.length}`);
    const o = intOperand(args[0]);
    const s = intOperand(self);
    if (o === undefined || s === undefined) return NotImplemented;
    return reflected ? binaryOp(rt, op, o, s) : binaryOp(rt, op, s, o);
  };
}

export function installBoolType(rt: Runtime): void {
  const cls = rt.types.get('bool');
  const boolRepr = (_rt: Runtime, self: Value): string => (self === true ? 'True' : 'False');
  // bool's own table: int's slots with bool_repr in tp_repr.
  cls.slotTable = { ...inheritSlots(rt, cls), tp_repr: boolRepr };
  defineMethods(
    cls,
    markSlotWrappers({
      __repr__: (rt, self, args) => {
        if (args.length !== 0) throw rt.typeError(`expected 0 arguments, got ${args.length}`);
        return boolRepr(rt, self);
      },
      __and__: boolBinary('&', false),
      __rand__: boolBinary('&', true),
      __or__: boolBinary('|', false),
      __ror__: boolBinary('|', true),
      __xor__: boolBinary('^', false),
      __rxor__: boolBinary('^', true),
    }),
  );
}
