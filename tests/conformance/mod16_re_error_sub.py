import re

try:
    re.sub(b'(?P<n>x)(?P<n>y)', b'', b'xy')
except re.error as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
pattern = 'first line\n  second (?P<1x>a) here'
re.sub(pattern, '', 'text', flags=re.M)
