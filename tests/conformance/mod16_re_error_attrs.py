import re
for pat in ['a(b', 'a)b', '[a-', '*a', 'a{2,1}', '(?P<1x>a)', 'a\\', '(?<=a+)b', '\\q', '(?P=nope)', 'ab\n(c']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
print(re.error.__module__, re.error.__name__, re.error.__mro__)
re.compile("x(y")
