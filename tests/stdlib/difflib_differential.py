# Differential check of gclab's difflib (src/lang/stdlib/difflib.py) against
# CPython's: random sequences of lines and strings, compared through ndiff,
# get_opcodes, ratio/quick_ratio, unified_diff and get_close_matches.
# Usage: python3 difflib_differential.py PATH_TO_GCLAB_DIFFLIB SEED COUNT
import difflib
import importlib.util
import random
import sys

spec = importlib.util.spec_from_file_location('gdifflib', sys.argv[1])
gd = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gd)
seed, count = int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(seed)
words = ['alpha', 'beta', 'gamma', 'delta', 'alpha beta', ' x', 'x ', '', 'gamma\t1', 'beta2']


def line():
    if rnd.random() < 0.5:
        return rnd.choice(words)
    return ''.join(rnd.choice('ab c\tde') for _ in range(rnd.randint(0, 12)))


def outcome(mod, a, b, keepends):
    la = [x + '\n' for x in a] if keepends else a
    lb = [x + '\n' for x in b] if keepends else b
    sm = mod.SequenceMatcher(None, a, b)
    sc = mod.SequenceMatcher(mod.IS_CHARACTER_JUNK, ' '.join(a), ' '.join(b))
    return (list(mod.ndiff(la, lb)), sm.get_opcodes(), round(sm.ratio(), 12),
            round(sc.quick_ratio(), 12), sc.get_opcodes(),
            list(mod.unified_diff(la, lb, 'a', 'b')),
            mod.get_close_matches(line(), words), list(sm.get_grouped_opcodes(1)))


mismatches = 0
for i in range(count):
    a = [line() for _ in range(rnd.randint(0, 7))]
    b = [rnd.choice([x, line()]) for x in a] + [line() for _ in range(rnd.randint(0, 3))]
    rnd.shuffle(b) if rnd.random() < 0.3 else None
    if rnd.random() < 0.05:
        a = a * 30
        b = b * 30
    state = rnd.getstate()
    expected = outcome(difflib, a, b, i % 2 == 0)
    rnd.setstate(state)
    actual = outcome(gd, a, b, i % 2 == 0)
    if expected != actual:
        mismatches += 1
        if mismatches <= 5:
            print(a, b, expected, actual, sep='\n')
print('mismatches', mismatches)
