# Differential check of gclab's pprint (src/lang/stdlib/pprint.py) against
# CPython's: random nested dicts, lists, tuples, sets and long strings,
# formatted at several widths, indents and depths.
# Usage: python3 pprint_differential.py PATH_TO_GCLAB_PPRINT SEED COUNT
import importlib.util
import pprint
import random
import sys

spec = importlib.util.spec_from_file_location('gpprint', sys.argv[1])
gp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gp)
seed, count = int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(seed)


class Custom:
    def __repr__(self):
        return '<Custom>'


def value(depth=0):
    r = rnd.random()
    if depth > 3 or r < 0.3:
        return rnd.choice([1, -22, 3.5, 'short', 'a somewhat longer string with spaces in it ' * rnd.randint(1, 3),
                           None, True, b'bytes', Custom(), 10 ** 30, 'multi\nline\nstring that is long enough ' * 2])
    if r < 0.5:
        return [value(depth + 1) for _ in range(rnd.randint(0, 6))]
    if r < 0.65:
        return tuple(value(depth + 1) for _ in range(rnd.randint(0, 4)))
    if r < 0.85:
        return {rnd.choice(['k', 'key', 'a', 'zz', 3, 1.5, (1, 2)]): value(depth + 1) for _ in range(rnd.randint(0, 6))}
    return rnd.choice([set, frozenset])(rnd.choice([1, 2, 'x', 'y', 'long item text', 7]) for _ in range(rnd.randint(0, 6)))


def outcome(mod, obj, width, indent, depth, compact):
    return (mod.pformat(obj, width=width, indent=indent, depth=depth, compact=compact),
            mod.pformat(obj, sort_dicts=False), mod.saferepr(obj), mod.isreadable(obj),
            mod.isrecursive(obj))


mismatches = 0
for i in range(count):
    obj = value()
    if rnd.random() < 0.1:
        obj = [obj]
        obj.append(obj)
    args = (rnd.choice([10, 20, 40, 80]), rnd.choice([1, 2, 4]), rnd.choice([None, None, 2]), rnd.random() < 0.3)
    expected = outcome(pprint, obj, *args)
    actual = outcome(gp, obj, *args)
    if expected != actual:
        mismatches += 1
        if mismatches <= 4:
            print(repr(obj), args, expected, actual, sep='\n')
print('mismatches', mismatches)
