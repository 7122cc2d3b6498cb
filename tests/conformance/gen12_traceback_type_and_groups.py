import sys, types, traceback

def get_tb():
    try:
        raise OSError('x')
    except OSError as e:
        return e.__traceback__

other = get_tb()
frame = sys._getframe()
tb = types.TracebackType(other, frame, 1, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
tb = types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=3, tb_lineno=4)
print(tb.tb_next, tb.tb_lasti, tb.tb_lineno)
for args in [("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2), (other, frame, 1, "nuh-uh"), (other, frame, 1)]:
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(other.tb_lasti, int))
# a made traceback attached to an exception
e = ValueError('made')
e.__traceback__ = types.TracebackType(None, frame, 0, 7)
print(e.__traceback__.tb_lineno)

# ExceptionGroup is generic; split/subgroup of a deep group hit the recursion limit
print(ExceptionGroup[ValueError], BaseExceptionGroup[KeyError, int])
print(type(ExceptionGroup[ValueError]))
eg = TypeError(1)
for i in range(2000):
    eg = ExceptionGroup('eg', [eg])
for meth in (eg.split, eg.subgroup):
    try:
        meth(TypeError)
    except RecursionError as e:
        print('RecursionError:', e)
shallow = ExceptionGroup('a', [ExceptionGroup('b', [TypeError(1), ValueError(2)]), KeyError(3)])
m, r = shallow.split(ValueError)
print(repr(m), repr(r))
