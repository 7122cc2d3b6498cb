# Differential check of gclab's re (src/lang/stdlib/re, pure Python) against
# CPython's: random patterns over a small alphabet, each compiled by both and
# run with search, findall, sub, split and fullmatch on random subjects.
# Usage: python3 re_differential.py PATH_TO_GCLAB_RE_DIR SEED COUNT
# Prints the mismatches (at most 8) and ends with `mismatches N`.
import importlib.util
import random
import re
import sys

re_dir, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
spec = importlib.util.spec_from_file_location('gre', re_dir + '/__init__.py',
                                              submodule_search_locations=[re_dir])
gre = importlib.util.module_from_spec(spec)
sys.modules['gre'] = gre
spec.loader.exec_module(gre)

rnd = random.Random(seed)
atoms = ['a', 'b', 'c', 'A', '.', '\\d', '\\w', '\\s', '\\W', '[ab]', '[^a]', '[a-c]', '\\b', '\\B',
         '^', '$', '\\A', '\\Z', '\\1', 'x', ' ', '\\n']


def gen(depth=0):
    r = rnd.random()
    if depth > 3 or r < 0.35:
        return rnd.choice(atoms)
    if r < 0.47:
        return '(' + gen(depth + 1) + ')'
    if r < 0.52:
        return '(?P<g%d>' % depth + gen(depth + 1) + ')'
    if r < 0.6:
        return '(?:' + gen(depth + 1) + '|' + gen(depth + 1) + ')'
    if r < 0.7:
        return gen(depth + 1) + rnd.choice(['*', '+', '?', '*?', '+?', '{1,2}', '{2}', '??', '*+', '{,2}'])
    if r < 0.74:
        return rnd.choice(['(?=', '(?!', '(?>']) + gen(depth + 1) + ')'
    if r < 0.78:
        return rnd.choice(['(?<=', '(?<!']) + rnd.choice(['a', 'b', '[ab]', 'ab']) + ')'
    return gen(depth + 1) + gen(depth + 1)


def outcome(mod, pattern, flags, subject):
    try:
        c = mod.compile(pattern, flags)
    except Exception as e:
        return ('error', type(e).__name__, str(e))
    m = c.search(subject)
    return (m and (m.span(), m.groups(), m.lastindex, m.groupdict()), c.findall(subject),
            c.sub('<\\g<0>>', subject), c.split(subject), c.fullmatch(subject) is not None,
            c.groups)


mismatches = 0
for i in range(count):
    pattern = gen()
    flags = rnd.choice([0, 0, re.I, re.M, re.S, re.I | re.M])
    subject = ''.join(rnd.choice('abcAx 1\n') for _ in range(rnd.randint(0, 9)))
    expected = outcome(re, pattern, flags, subject)
    actual = outcome(gre, pattern, flags, subject)
    if expected != actual:
        mismatches += 1
        if mismatches <= 8:
            print(repr(pattern), flags, repr(subject), expected, actual)
print('mismatches', mismatches)
