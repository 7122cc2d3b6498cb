# A lookbehind cannot refer to a group opened inside it (sre_parse's
# checklookbehindgroup); a backreference to a group closed before it has
# that group's width; re.Pattern and re.Match have no constructor.
import re

for pat in [r'(?<=(a)\1)d', r'(?<=(?P<n>a)(?P=n))d', r'(a)(?<=\1)d', r'(?<=(a)(?(1)b|c))d',
            r'(?<!(a)\1)d', r'(?<=a(b))\1', r'(a)(?<=(?:\1))', r'(?<=(a)(?<=\1))', r'(a+)(?<=\1)']:
    try:
        print(pat, re.compile(pat).pattern)
    except re.error as e:
        print(pat, 'error:', e, e.pos)
for t in (re.Pattern, re.Match):
    try:
        t()
    except TypeError as e:
        print(e)
print(re.findall(r'(a)(?<=\1)', 'aba'), re.search(r'(ab)x(?<=\1x)', 'zabx').span(),
      re.sub(r'(?<=(?:\d{2}))x', 'Y', '12x3x'), type(re.match('a', 'a')).__name__)
