# Frames of stdlib code standing for C (io.StringIO, collections.deque)
# do not count toward the recursion limit; a METH_O/NOARGS method call
# from Python code takes one C-level entry (" while calling a Python object").
import io, collections

def plain(n):
    try:
        return plain(n + 1)
    except RecursionError:
        return n

def with_stringio(n):
    s = io.StringIO()
    try:
        s.write('x')
        return with_stringio(n + 1)
    except RecursionError as e:
        return n, str(e)

def with_deque(n):
    d = collections.deque()
    try:
        d.append(n)
        return with_deque(n + 1)
    except RecursionError as e:
        return n, str(e)

print(plain(0))
print(with_stringio(0))
print(with_deque(0))
