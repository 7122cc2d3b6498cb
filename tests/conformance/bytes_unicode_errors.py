# UnicodeDecodeError and UnicodeEncodeError carry (encoding, object, start,
# end, reason) as CPython's do: the attributes, args, str() and repr(), a
# user-made instance, and an uncaught one ending the program (exit 1).
try:
    b'ab\xff\xfe'.decode()
except UnicodeDecodeError as e:
    print(e, '|', e.encoding, e.object, e.start, e.end, e.reason, e.args, repr(e))
try:
    'a€€b'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, '|', e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
e = UnicodeDecodeError('utf-8', b'\x80', 0, 1, 'custom')
print(e, e.start)
try:
    raise UnicodeEncodeError('latin-1', 'x\U0001f600', 1, 2, 'nope')
except UnicodeError as e:
    print(e)
b'\xc3'.decode()
