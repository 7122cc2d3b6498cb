# The default exception display (sys.excepthook, PyErr_Display) as 3.11
# writes it: no ": " after an empty message, __notes__ items one per line
# with a multi-line note indented under an exception group's margin, a
# str __notes__ taken as a sequence of characters, a __notes__ that is no
# sequence by its repr (and no newline), and "<unknown>." for a class whose
# __module__ is not a str.
import io
import sys


def show(exc):
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    print(repr(buf.getvalue()))


show(ValueError(''))
show(Exception())
show(Exception(None))
show(KeyError(''))

e = ValueError('with notes')
e.add_note('first')
e.add_note('two\nlines')
e.add_note('')
show(e)


class Note:
    def __str__(self):
        return 'note object'

    def __repr__(self):
        return 'Note()'


e = ValueError('odd notes')
e.__notes__ = [Note(), 'after']
show(e)
e.__notes__ = 'abc'
show(e)
e.__notes__ = Note()
show(e)

group = ExceptionGroup('outer', [ValueError('a'), TypeError('b')])
group.add_note('group note\nsecond line')
group.exceptions[1].add_note('inner\nnote')
show(group)


class Odd(Exception):
    pass


Odd.__module__ = None
show(Odd('x'))
Odd.__module__ = 'pkg.sub'
show(Odd('y'))
