tests = [
 "'abc'.find()", "'abc'.find(1)", "'abc'.count('a', 'x')", "'abc'.replace('a', 1)", "'abc'.replace('a', 'b', 'c')", "'abc'.strip(1)", "'abc'.ljust(5, 'ab')", "'abc'.ljust(5, 1)",
 "'abc'.expandtabs('x')", "'abc'.splitlines(1, 2)", "'abc'.partition('')", "'abc'.partition(1)", "'abc'.rsplit('b', 'x')", "'abc'.index('a', 1, 2, 3)", "'abc'.encode(errors=1)",
 "'abc'.startswith(('a', 1))", "'abc'.endswith([])", "'abc'.removeprefix(1)", "'abc'.translate(1)", "str.maketrans(1)", "str.maketrans('ab', 'c')", "'a'.format(**1)",
 "'{0}{}'.format(1, 2)", "'{x'.format()", "'{:d}'.format('a')", "'{!z}'.format(1)", "'{0.bad}'.format(1)", "'{0[5]}'.format([1])", "'a' < 1",
 "[].extend(1)", "[].insert('a', 1)", "[1].pop('a')", "[1].pop(5)", "[].remove()", "[1, 2].index(1, 'a')", "[3, 'a'].sort()", "[].sort(key=1, reverse=2)", "[] + ()", "[] * 'a'",
 "[1][1:2:0]", "[1].__setitem__(5, 1)", "{}.setdefault()", "{}.get(1, 2, 3)", "{}.pop(1)", "{}.keys(1)", "{}.copy(1)", "dict.fromkeys(1)", "{}['a']",
 "{[]: 1}", "{}.__getitem__([])", "{1: 2} | [1]", "set().remove(1)", "set().discard([])", "{1} - [1]", "{1}.issubset(1)", "frozenset().add", "set().update(1)", "{1} < [1]",
 "b'a'.decode(1)", "b'a'.find('a')", "b'a' + 1", "b'a'.join(['x'])", "b'a'.replace('a', 'b')", "bytes.fromhex('zz')", "bytes.fromhex(1)", "b'a'.split(1)", "bytearray(b'a').append(256)", "bytearray().pop()",
 "(1).__add__('a')", "(1).bit_length(1)", "int.from_bytes(1, 'big')", "int.from_bytes(b'a')", "(1.5).is_integer(1)", "float.fromhex('x')", "(1).__round__('a')", "round(1.5, None)", "(1j).real.__class__", "divmod(1j, 1)",
 "1 < 'a'", "[] < ()", "None < None", "1j < 2j", "{} < {}", "object() < object()", "'a' * 1.5", "[1] * 2.0", "-'a'", "~1.5", "+[]", "1 @ 2", "'a' - 'b'", "None + 1", "1 in 5", "'a' in 5", "5 in 'abc'",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r)[:50])
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
l=[1]
try: del l['a']
except Exception as e: print(e)
try: l['a']=1
except Exception as e: print(e)
try: del l[5]
except Exception as e: print(e)
try: l[5] = 0
except Exception as e: print(e)
