# string: the constants, capwords, Template substitute/safe_substitute/
# get_identifiers/is_valid with the invalid-placeholder positions, Formatter.
import string
from string import Template
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
print(string.capwords(' hello   big world '), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what} for $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a'}, what='b'))
print(Template('$who and $missing').safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
for bad in ['$', 'x ${a', 'line\n $1']:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print('ValueError:', e)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
print(string.Formatter().format('{0}-{x}', 1, x=2))
