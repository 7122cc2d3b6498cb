import pickle, pickletools, io
print(sorted(n for n in pickle.__all__ if n.isupper())[:5], len([n for n in pickle.__all__ if n.isupper()]))
print(pickle.encode_long(0), pickle.encode_long(255), pickle.encode_long(-256), pickle.decode_long(b'\xff\x00'), pickle.decode_long(b'\x00\xff'))
for proto in (0, 2, 4):
    data = pickle.dumps({'a': [1, 2.5, 'x'], 'b': (None, True)}, proto)
    out = io.StringIO()
    pickletools.dis(data, out)
    print(out.getvalue())
ops = [(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps([1, 'two'], 2))]
print(ops)

