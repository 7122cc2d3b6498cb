print(repr('%*s|' % (5, 'ab')), repr('%-*s|' % (5, 'ab')), repr('%.*f' % (2, 3.14159)), repr('%*.*f|' % (8, 2, 3.14159)))
try:
    '%*s' % ('x', 'a')
except TypeError as e: print(e)
try:
    '%*s' % {'a': 1}
except TypeError as e: print(e)
try:
    '%*s' % (5,)
except TypeError as e: print(e)
print(repr(b'%*d' % (4, 7)), repr('%*d' % (-4, 7)))
print('%*s:%-*s|' % (3, 'a', 4, 'b'), '%0*d' % (5, 42), '%*c|' % (3, 'x'), '%*r' % (6, 'q'))
print('%(a)s %%' % {'a': 1}, '[%*s]' % (True, 'z'), '%.*s' % (-1, 'abc'), '%.*s' % (2, 'abc'))
class I(int):
    pass
print('%*d|' % (I(4), 3))
try:
    '%*s' % (1.5, 'a')
except TypeError as e:
    print(e)
