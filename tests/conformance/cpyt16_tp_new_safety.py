# tp_new_wrapper's safety check: T.__new__(S) needs S's nearest base whose
# __new__ is not written in Python to use T's tp_new; bool cannot be
# subclassed.

try:
    class C(bool):
        pass
except TypeError as e:
    print('TypeError', e)

class MyInt(int):
    pass

class WithNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

class Sub(WithNew):
    pass

class MyList(list):
    pass

cases = [
    ('int.__new__(bool, 0)', lambda: int.__new__(bool, 0)),
    ('int.__new__(MyInt, 5)', lambda: int.__new__(MyInt, 5)),
    ('int.__new__(Sub, 4)', lambda: int.__new__(Sub, 4)),
    ('Sub(4)', lambda: Sub(4)),
    ('list.__new__(MyList)', lambda: list.__new__(MyList)),
    ('BaseException.__new__(ValueError, 1)', lambda: BaseException.__new__(ValueError, 1)),
    ('object.__new__(MyInt)', lambda: object.__new__(MyInt)),
    ('object.__new__(Sub)', lambda: object.__new__(Sub)),
    ('object.__new__(bool)', lambda: object.__new__(bool)),
    ('set.__new__(frozenset)', lambda: set.__new__(frozenset)),
    ('int.__new__(str)', lambda: int.__new__(str)),
    ('bool.__new__(bool, 1)', lambda: bool.__new__(bool, 1)),
]
for text, case in cases:
    try:
        r = case()
        print(text, '->', type(r).__name__, repr(r))
    except TypeError as e:
        print(text, '-> TypeError', e)
