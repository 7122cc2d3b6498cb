# int()/float() and the argument parsing of sum/min/max (bltinmodule.c,
# abstract.c PyNumber_Long, floatobject.c PyFloat_FromString).
import array
import warnings

# sum(iterable, /, start=0): _PyArg_UnpackKeywords's messages; min_max checks
# its positional arguments before its keywords.
for src in ['sum(iterable=[1, 2])', 'sum([1], start=2)', 'sum([1], 2, start=3)', 'sum([1], bad=3)', 'sum()',
            'sum(start=1)', 'sum([1], 2, 3)', 'max(iterable=[1])', 'min([3, 1], bad=1)', 'max([2, 5], key=None)',
            'min([], default=7)', 'enumerate(start=1)', 'round(number=1.5)', 'pow(base=2, exp=3)']:
    try:
        print(src, '->', eval(src))
    except TypeError as e:
        print(src, 'TypeError', e)


# PyNumber_Long: __trunc__ is deprecated; __int__/__index__ returning a
# strict int subclass is deprecated (the value is taken).
class Trunc:
    def __trunc__(self):
        return 7


class Index:
    def __index__(self):
        return True


class MyInt(int):
    pass


class IntReturnsSub:
    def __int__(self):
        return MyInt(3)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(int(Trunc()), int(Index()), int(IntReturnsSub()), type(int(IntReturnsSub())).__name__)
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        int(Trunc())
    except DeprecationWarning as e:
        print('raised', e)

# The buffer protocol: a memoryview's or an array's bytes are read as text.
print(int(array.array('B', b'100')), int(memoryview(b' 7 ')), float(array.array('B', b'1.5')), float(memoryview(b'2.5')))
for src in ["int(array.array('B', b'1x'))", "float(array.array('B', b'1x'))", "float(array.array('i', [1]))", 'float([1])', 'int([1])']:
    try:
        print(eval(src))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# LIST_EXTEND / DICT_UPDATE in displays: their own messages.
for src in ['[*1]', '(*1,)', '[0, *None]', '{*1}', '{**1}', '{1: 2, **[]}', '{**[(1, 2)]}', 'print(*1)', 'print(**1)', 'print(*[], *1)']:
    try:
        print(eval(src))
    except TypeError as e:
        print(src, 'TypeError', e)

# _PyNumber_Index warns wherever an __index__ returns a bool or an int subclass.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print([10, 20][Index()], 'abc'[Index():], range(5)[Index()], (3).__index__(), hex(Index()))
print(len(caught), {str(w.message)[:30] for w in caught})


class TruncToIndex:
    def __trunc__(self):
        return Index()


class IntOnly:
    def __int__(self):
        return 5


class TruncToIntOnly:
    def __trunc__(self):
        return IntOnly()


class MyInt2(int):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(int(TruncToIndex()), type(MyInt2(Trunc())).__name__, MyInt2(Trunc()))
    try:
        int(TruncToIntOnly())
    except TypeError as e:
        print('TypeError', e)
print([str(w.message)[:40] for w in caught])
