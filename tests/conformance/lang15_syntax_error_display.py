# How an uncaught SyntaxError is shown (pythonrun.c's print_exception_file_and_line
# and print_error_text): a SyntaxError raised by a program or by compile()
# shows its File line, the stripped text and the carets, and its msg stands
# for it on the last line; notes follow; inside an exception group the File
# line takes the margin and the text lines do not. sys.excepthook prints
# through sys.stderr, here sys.stdout.
import sys
sys.stderr = sys.stdout


def show(e):
    # PyErr_Display prints the exception's own traceback: none here (its
    # file name would be the script's path as it was run).
    todo = [e]
    while todo:
        x = todo.pop()
        if x is not None:
            x.__traceback__ = None
            todo += [x.__context__, *getattr(x, 'exceptions', ())]
    sys.excepthook(type(e), e, None)
    print('--')


show(SyntaxError('m', ('f.py', 2, 5, '    pass\n', 2, 9)))
show(SyntaxError('m', ('f.py', 2, 3, 'abc', 2, 1)))
show(SyntaxError('m', ('f.py', 2, 30, '  x = (1,\n', 3, 2)))
show(SyntaxError('m', ('f.py', 4, 1, '\n', 4, -1)))
show(SyntaxError('m', ('f.py', 4, 0, 'zz\n', 4, -1)))
show(IndentationError('m', (None, 2, None, 'abcdef\n', None, None)))
show(IndentationError('ind', ('g.py', 1, 2, 'abc\n', 1, 4)))
show(SyntaxError(None, ('f', 1, 1, 'x', 1, 1)))
show(SyntaxError('', ('f', 1, 1, 'x', 1, 1)))
show(SyntaxError(5, ('f', 2, 3, '  abc', 2, 1)))
show(SyntaxError('a', ('f', 1.5, 1, 'x', 1, 1)))
show(SyntaxError('a', (None, 1, None, None, None, None)))
show(SyntaxError())
show(SyntaxError('plain'))
e = SyntaxError('m')
e.lineno = 3
show(e)
show(SyntaxError('multi', ('f', 1, 3, 'ab\ncd\nef\n', 1, 9)))
show(SyntaxError('wide', ('f', 1, 6, "x = 'é' +\n", 1, 11)))
e = SyntaxError('noted', ('h.py', 3, 5, '  x = 1 +\n', 3, 10))
e.add_note('a note')
show(e)

for src, mode in [('1 +', 'eval'), ('def g():\n  return 1 +\n', 'exec'), ('x = (1,\n 2', 'exec'),
                  ('if x:\npass', 'exec'), ('nonlocal q', 'exec'), ("s = 'é'; return 5", 'exec'),
                  ('from __future__ import braces', 'exec'), ('def f():\n    from os import *', 'exec')]:
    try:
        compile(src, '<src>', mode)
    except SyntaxError as err:
        print(err.args[1:] == (), err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset, repr(err.text))
        show(err)

try:
    try:
        raise ValueError('inner')
    except ValueError:
        try:
            eval('1 +')
        except SyntaxError as s:
            raise ExceptionGroup('grp', [e, s])
except ExceptionGroup as g:
    show(g)
