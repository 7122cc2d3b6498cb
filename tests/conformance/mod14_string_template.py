# string.Template as CPython 3.11's Lib/string.py: the class-level pattern
# built by __init_subclass__, subclass overrides (delimiter, idpattern,
# braceidpattern, flags, pattern), get_identifiers, is_valid, and errors.
import re
import string

t = string.Template('$who likes ${what} $$ $x')
print(t.substitute(who='tim', what='kung pao', x=1), '|', t.safe_substitute(who='a'))
print(t.get_identifiers(), t.is_valid(), t.template)
print(type(t.pattern).__name__, t.pattern.flags & re.IGNORECASE != 0, t.pattern.groupindex)
try:
    t.substitute(who='a')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('cost $1').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('a\n$\nb').safe_substitute(), string.Template('$a $b').is_valid(),
      string.Template('$').is_valid(), string.Template('${a $b').get_identifiers())


class Percent(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'


print(Percent('%abc %d %% %x1').safe_substitute(abc=1, x='X'))


class Dotted(string.Template):
    braceidpattern = r'[a-z]+\.[a-z]+'


print(Dotted('${a.b} $c').substitute({'a.b': 1, 'c': 2}), Dotted('${a.b}').get_identifiers())


class Upper(string.Template):
    flags = 0
    idpattern = '[A-Z]+'


print(Upper('$AB $ab').safe_substitute(AB=1))


class Custom(string.Template):
    pattern = r'''
    \#\{(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+)\} |
      (?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )'''


print(Custom('#{name} and #{#').safe_substitute(name='N'))
print(Custom('#{x}').substitute(x=5))
m = {'who': 'w'}
print(string.Template('$who $who').substitute(m, who='kw'))
try:
    string.Template('x').substitute({}, {})
except TypeError as e:
    print('TypeError', e)

f = string.Formatter()
print(f.format('{0}-{x!r:>5}-{y[1]}', 1, x='y', y='ab'), list(f.parse('a{b}c{d:3}{{e}}')))
print(f.vformat('{} {}', (1, 2), {}), f.get_field('0.real', (3,), {}))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print('ValueError', e)
try:
    f.format('{')
except ValueError as e:
    print('ValueError', e)
print(string.capwords(' hello  world '), string.capwords('a-b', '-'))
