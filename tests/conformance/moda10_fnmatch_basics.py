import fnmatch

names = ['a.py', 'b.txt', 'c.PY', '.hidden.py', 'data1.csv', 'data22.csv', 'x[1].txt', 'dash-a', 'z']
for pat in ['*.py', '*.[pt][yx]*', 'data?.csv', 'data*.csv', '[!a-c]*', '*[!.]*',
            '[a-c-]*', 'x[[]1].txt', '*', '?', '[]]', '[!]]*', 'a*b*c*', '[z-a]', '[!z-a]',
            '[\\]x', '*.*.*', '[a&&b]', '[^x]*']:
    print(repr(pat), fnmatch.filter(names, pat))
    print('   ', fnmatch.translate(pat))

print(fnmatch.fnmatch('README.md', 'readme.MD'), fnmatch.fnmatchcase('README.md', 'readme.MD'))
print(fnmatch.fnmatchcase('abc', 'a*c'), fnmatch.fnmatchcase('ab\nc', 'a*c'))
print(fnmatch.fnmatchcase(b'abc', b'a?c'), fnmatch.filter([b'x.py', b'y.c'], b'*.py'))
print(fnmatch.translate('[a-z-_]'), fnmatch.translate('[--0]'), fnmatch.translate('[a-]'))
print(fnmatch.translate('***a**b*'), fnmatch.translate('[!'), fnmatch.translate('a[b'))
print(fnmatch.fnmatchcase('a' * 30 + 'b', '*a*a*a*a*a*a*a*a*a*a*c'))

for bad in [(1, '*'), ('x', None)]:
    try:
        fnmatch.fnmatchcase(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    fnmatch.fnmatch('x', 3)
except TypeError as e:
    print('TypeError', e)
try:
    fnmatch.fnmatchcase('x', b'x')
except TypeError as e:
    print('TypeError', e)
