import re

# A bad pattern inside nested groups: the traceback goes through one
# _parse_sub/_parse pair per level, as CPython's parser recurses.
print(re.match('a', 'abc').group())
re.search('(a(b[c-a]))', 'abc')
