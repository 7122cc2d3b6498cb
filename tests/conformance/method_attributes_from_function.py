# A bound method finds what the method type does not define on its function
# (method_getattro): attributes a decorator set (as unittest.expectedFailure
# does), __doc__, __module__, __defaults__; setting one on the method is an
# AttributeError, as in CPython.
def mark(f):
    f.expected = True
    f.tags = ['slow']
    return f


class C:
    def m(self, x=3):
        "doc"
        return x
    m = mark(m)

    def plain(self):
        pass


c = C()
print(c.m.expected, c.m.tags, C.m.expected, c.m.__doc__, c.m.__defaults__)
print(getattr(c.plain, 'expected', 'absent'), hasattr(c.m, 'tags'), hasattr(c.plain, 'tags'))
print(c.m.__func__ is C.m, c.m.__self__ is c, c.m(), c.m() == c.m.__func__(c))
try:
    c.m.other = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    c.plain.nothing
except AttributeError as e:
    print('AttributeError', e)
