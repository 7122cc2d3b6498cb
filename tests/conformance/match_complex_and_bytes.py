# match statements over the new literals: complex literal patterns
# (1+2j, -1-0.5j, 2j), bytes literal patterns, Ellipsis as a value
# pattern through a dotted name, frozenset subjects in class patterns,
# and bytes/bytearray as (non-)sequence subjects.
import builtins

def classify(x):
    match x:
        case 0j:
            return 'zero'
        case 1+2j:
            return 'one-plus-two-j'
        case -1-0.5j:
            return 'negative'
        case 2j:
            return 'pure imaginary'
        case b'GET':
            return 'bytes GET'
        case builtins.Ellipsis:
            return 'ellipsis'
        case frozenset():
            return f'a frozenset of {len(x)}'
        case bytes() | bytearray():
            return f'bytes-like {bytes(x)!r}'
        case [first, *_]:
            return f'sequence starting {first!r}'
        case _:
            return 'other'

for value in [0, 0.0, 0j, 1 + 2j, complex(1, 2), -1 - 0.5j, 2j, b'GET', bytearray(b'GET'), ..., frozenset({1, 2}), b'xy', [b'a'], 'str', (1,)]:
    print(repr(value), '->', classify(value))

def route(request):
    match request:
        case {b'method': b'GET', b'path': path}:
            return 'get ' + path.decode()
        case {b'method': method}:
            return 'unsupported ' + method.decode()
    return 'bad'

print(route({b'method': b'GET', b'path': b'/index'}), route({b'method': b'PUT'}), route({}))
