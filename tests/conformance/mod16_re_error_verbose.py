import re

try:
    re.compile(r"""
        (?P<word> \w+ )   # a word
        \s+
        (?P=other)        # a missing group
    """, re.VERBOSE)
except re.error as e:
    print(e)
    print(e.msg, '|', e.pos, e.lineno, e.colno)
print(re.error('plain').pos, re.error('plain', 'pat', 2).colno, str(re.error('m', 'ab\ncd', 4)))
re.findall('[z-a]', 'x')
