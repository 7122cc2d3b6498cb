import shlex

cases = [
    'ls -l "my file.txt"',
    "echo 'single quoted' and\\ escaped",
    'a"b c"d',
    'echo "nested \\"quote\\" here" \'it\'\'s\'',
    'x # a comment',
    '  leading   and trailing  ',
    '',
    'cmd --opt=value "" \'\'',
    'a\\\\b "c\\d" \'e\\f\'',
    'grep -E "^(a|b)$" file; echo done && exit',
    'résumé naïve',
    'a\nb\tc',
]
for s in cases:
    print(repr(s))
    print('  split', shlex.split(s))
    print('  comments', shlex.split(s, comments=True))
    print('  nonposix', shlex.split(s, posix=False))

for bad in ['echo "unterminated', "it's", 'trailing\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print('ValueError', repr(bad), posix, e)

for s in ['', 'plain', 'with space', "it's", 'a"b', '$HOME', 'x;y', 'ünïcode', '-x=1,2:3@4%5+6/7.8', 'tab\tx']:
    print(repr(s), shlex.quote(s))
argv = ['prog', 'arg with space', "quote'd", '']
print(shlex.join(argv), shlex.split(shlex.join(argv)) == argv)

lex = shlex.shlex('a = b + "c d"; e(f)')
print(list(lex))
lex = shlex.shlex('a && b || c; (d) > out 2>&1', punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('a && b|c', posix=True, punctuation_chars='|&')
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('one two\nthree # c\nfour', posix=True)
print(lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.error_leader(), lex.error_leader('f', 9))
lex = shlex.shlex('x y')
print(repr(lex.eof), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('a b', posix=True)
lex.push_source('inner source')
print(list(lex))
lex = shlex.shlex('p "q r"', posix=True)
lex.debug = 3
print(list(lex))
try:
    shlex.quote(3)
except TypeError as e:
    print('TypeError', e)
try:
    shlex.split(5)
except AttributeError as e:
    print('AttributeError', e)
print(shlex.__all__)
