# The argument errors of the itertools constructors, worded as the C
# module's: keyword-taking ones (repeat, count, accumulate, groupby,
# compress, combinations, permutations) with vgetargskeywords/clinic
# messages for too many, repeated, missing and unknown arguments;
# positional-only ones (cycle, starmap, takewhile, pairwise) with
# _PyArg_CheckPositional's; count's 'a number is required'; and the same
# constructors called by keyword.
import itertools as it
for f in [lambda: it.repeat(), lambda: it.cycle(), lambda: it.count('a'), lambda: it.islice([1]), lambda: it.chain(1), lambda: it.permutations([1], -1), lambda: it.combinations([1]), lambda: it.accumulate(), lambda: it.groupby(), lambda: it.product(1), lambda: it.tee([1], -1), lambda: it.zip_longest(1), lambda: it.starmap(len), lambda: it.pairwise(), lambda: it.compress([1]), lambda: it.takewhile(len), lambda: it.repeat(1, 'x'), lambda: list(it.chain([1], 2))]:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: it.repeat(1,2,3), lambda: it.repeat(1, x=2), lambda: it.repeat(1, object=2), lambda: it.count(1,2,3), lambda: it.count(x=1), lambda: it.groupby([], key=None, z=1), lambda: it.combinations([1],2,3), lambda: it.accumulate([1], None, 3), lambda: it.compress([1],[1],[1]), lambda: it.permutations(iterable=[1], r=None, q=1), lambda: it.cycle([1],[2]), lambda: it.accumulate([1], q=2), lambda: list(it.accumulate([1, 2], initial=0)), lambda: list(it.repeat(object='x', times=2)), lambda: list(it.islice(it.count(step=2, start=1), 3)), lambda: list(it.combinations(r=2, iterable='abc')), lambda: it.count(1j, 1).__next__(), lambda: it.count(2.5).__next__()]:
  try: print(f())
  except TypeError as e: print(e)
