# A sweep over builtin methods and operators of int, float, str, bytes,
# bytearray, memoryview, complex, range, set, dict, list and the format
# mini-languages, with the exact exceptions of bad arguments; dict() and
# dict.update() name a non-sequence element (PyDict_MergeFromSeq2).
exprs = r'''
(255).to_bytes(2, 'big'); int.from_bytes(b'\x01\x00', 'little'); (7).bit_count(); (-7).bit_length(); (10).as_integer_ratio()
(2.5).hex(); float.fromhex('0x1.8p1'); (3.0).is_integer(); (0.75).as_integer_ratio(); round(2.675, 2); round(-0.5); divmod(-7, 2); divmod(7.5, -2)
'abc'.center(9, '*'); 'a,b,,c'.split(','); 'a b  c'.split(); ' x '.strip(); 'Hello'.swapcase(); 'ab'.zfill(5); '-4'.zfill(4); 'x'.join(['a','b'])
'hello world'.title(); 'ABC'.casefold(); 'a\tb'.expandtabs(4); 'abcabc'.rfind('b'); 'abc'.partition('b'); 'a.b.c'.rsplit('.', 1); 'ß'.upper(); 'İ'.lower()
'{:>8.3f}|{:<5}|{:^7}|{:+d}|{:,}|{:_x}|{:08.2e}|{:%}'.format(3.14159, 'ab', 'mid', 5, 1234567, 255, 12345.678, 0.25)
'%5.1f %-4s %03d %x %r' % (2.25, 'a', 7, 255, 'q'); f'{12345.6789:,.2f}'; f'{"x"!r:>5}'; format(1e20, 'g'); format(1e-5, ''); repr(1e16); str(1.0e-7)
bytes(3); bytes([65, 66]); b'abc'.hex(); bytes.fromhex('41 42'); b'a,b'.split(b','); bytearray(b'xy') + b'z'; b'%d-%s' % (3, b'x'); memoryview(b'abc')[1:].tobytes()
complex(1, 2) * 2j; abs(3+4j); (1+2j).conjugate(); complex('1-3j'); pow(2, -1); pow(3, 4, 5); pow(2, -1, 7); 2 ** 0.5; (-8) ** (1/3)
sorted([3, 1, 2], reverse=True); sorted(['b', 'A', 'c'], key=str.lower); list(reversed(range(0, 10, 3))); range(10)[2:8:2]; range(5).index(3); len(range(0, -10, -3))
{1, 2} | {3}; {1, 2} ^ {2, 3}; frozenset({1}) <= {1, 2}; {1: 2} | {3: 4}; dict.fromkeys('ab', 0); {'a': 1}.setdefault('b', []); sorted({3: 'x', 1: 'y'}.items())
[1, 2, 3][::-1]; [0] * 3; [1, 2] + [3]; [3, 1, 2].index(2); list(zip(*[(1, 2), (3, 4)])); [x for x in range(10) if x % 3 == 0]; min([], default='none'); max('abc', key=ord)
isinstance(True, int); type(True) is bool; True + True; int('0x1f', 16); int('0b101', 0); int('  12  '); float('  -1.5e3 '); str(b'x'); ascii('é'); hash(1) == hash(1.0)
slice(1, 10, 2).indices(5); (1, 2) < (1, 2, 0); [1, [2]] == [1, [2]]; 'abc' < 'abd'; None is None; chr(0x1F600); ord('€'); bin(-5); oct(8); hex(-255)
'''
for line in exprs.strip().splitlines():
    for e in line.split('; '):
        try:
            print(e, '=>', repr(eval(e)))
        except Exception as ex:
            print(e, '=>', type(ex).__name__, ex)
bad = '''(1).to_bytes(1, 'middle'); (256).to_bytes(1, 'big'); 'abc'.center('x'); 'a'.join([1]); b'a' + 'b'; bytes('x'); bytearray(-1); [].pop(); {}.popitem(); set().pop(); 'abc'.index('z'); [1].remove(2); (1, 2).index(3); int('1.5'); float('x1'); complex('1+'); 'x' * 'y'; [1] * 2.0; divmod(1, 0); 1 % 0.0; 2 ** -1 % 0; pow(2, 3, 0); round(1.5, 'x'); sorted([1, 'a']); min([]); chr(-1); ord('ab'); 'a' < 1; {}['k']; dict([1]); dict(a=1, **{'a': 2}); frozenset([[1]]); hash([]); range(1, 2, 0); slice(1)[0]; memoryview(1); '{}'.format(); '{0}{}'.format(1, 2); '%d' % 'x'; '%s %s' % (1,)'''
for e in bad.split('; '):
    try:
        print(e, '=>', repr(eval(e)))
    except Exception as ex:
        print(e, '=>', type(ex).__name__, ex)
for a in ([1], [(1,2), 3], [None], ["ab", "c"]):
    try: print(dict(a))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
    d = {}
    try: d.update(a)
    except (TypeError, ValueError) as e: print(type(e).__name__, e, d)
