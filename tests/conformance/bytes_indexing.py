# bytes as a sequence: indexing gives ints, slicing gives bytes (with steps
# and negative indices), iteration, len, `in` with an int or a bytes, and
# the IndexError/TypeError/ValueError messages of bad indices and needles.
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

data = b'hello world'
print(data[0], data[-1], data[4], type(data[0]).__name__)
print(data[0:5], data[6:], data[:-6], data[::2], data[::-1], data[100:], data[-100:3])
print(list(data[:5]), [c for c in b'abc'], sum(b'\x01\x02\x03'))
print(len(data), b'world' in data, b'' in data, 111 in data, 300 - 200 in data, b'xyz' in data)
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
attempt('data[20]', lambda: data[20])
attempt('data[-20]', lambda: data[-20])
attempt("data['x']", lambda: data['x'])
attempt('data[1.5]', lambda: data[1.5])
attempt("'h' in data", lambda: 'h' in data)
attempt('300 in data', lambda: 300 in data)
attempt('-1 in data', lambda: -1 in data)
attempt('None in data', lambda: None in data)
print(max(b'az'), min(b'az'), sorted(b'cab'), b'abc'.index(99), enumerate(b'ab').__next__())
