# compile(source, name, 'single') takes one statement: a simple statement
# line (with ';' it may hold several) or one compound statement, then only
# blank lines and comments (bad_single_statement); anything more is a
# SyntaxError at the end of the first line, or "invalid syntax" after a
# compound statement.
import ast

sources = ['a=1\nb=2', 'a=1; b=2', 'a=1;\nb=2', 'a=1   # x\nb=2', 'a=1\n\n', 'a=1\n# c\n',
           'x = (1,\n 2)\ny=3', 'def f():\n  pass\n', 'def f(): pass\nb=2', 'if 1: pass\nb=2',
           '@d\ndef f(): pass\nx', 'a=1\nif 1: pass', '\n\na=1\nb=2\n', 'if 1:\n  a=1\nb=2',
           'for i in x:\n  pass\nelse:\n  pass\n', 'x']
for src in sources:
    for parse in (lambda s: compile(s, '<s>', 'single'), lambda s: ast.parse(s, '<s>', 'single')):
        try:
            parse(src)
            print('ok', repr(src))
        except SyntaxError as e:
            print(repr(src), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

ns = {}
exec(compile('y = 40 + 2', '<s>', 'single'), ns)
print(ns['y'])
exec(compile('if 1:\n  z = 1\n  w = 2\n', '<s>', 'single'), ns)
print(ns['z'], ns['w'])
for src in ('if 1: pass\nb=2\n', 'a=1\n  \n', 'a = 1 # one\n\n# two\n'):
    try:
        compile(src, '<s>', 'single')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
