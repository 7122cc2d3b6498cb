# The bytes methods people reach for: split/rsplit (with and without sep,
# maxsplit), join, strip family, startswith/endswith (tuples, ranges),
# find/rfind/index/count with ints and bytes, replace, partition, case
# methods, is* predicates, padding, hex, removeprefix, splitlines,
# translate and their error messages.
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

s = b'  The quick brown fox  '
print(s.split(), s.split(None, 1), s.rsplit(None, 1), b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), s.strip(), s.lstrip(), s.rstrip(), b'xxhixx'.strip(b'x'))
print(b'hello'.startswith(b'he'), b'hello'.startswith((b'x', b'hel')), b'hello'.endswith(b'lo', 0, 5), b'hello'.startswith(b'l', 2))
print(b'banana'.find(b'an'), b'banana'.rfind(b'an'), b'banana'.find(110), b'banana'.find(b'x'), b'banana'.count(b'a'), b'banana'.count(b''), b'banana'.index(b'n', 3))
print(b'banana'.replace(b'a', b'o'), b'banana'.replace(b'a', b'o', 2), b'ab'.replace(b'', b'-'), b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'))
print(b'Hello World'.upper(), b'Hello World'.lower(), b'hello world'.title(), b'hELLO'.capitalize(), b'Hello'.swapcase())
print(b'123'.isdigit(), b''.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Title Case'.istitle(), b'\x80'.isascii())
print(b'ab'.center(6, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'.'), b'-42'.zfill(6), b'a\tb'.expandtabs(4))
print(b'\x00\xffab'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'))
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'a\nb\n'.splitlines(True), b'hello'.translate(None, b'l'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')))
attempt("b'a'.split('a')", lambda: b'a'.split('a'))
attempt("b'a'.startswith('a')", lambda: b'a'.startswith('a'))
attempt("b'x'.join(['a'])", lambda: b'x'.join(['a']))
attempt("b'a'.strip('a')", lambda: b'a'.strip('a'))
attempt("b'abc'.index(b'z')", lambda: b'abc'.index(b'z'))
attempt("b'a'.replace('a', b'b')", lambda: b'a'.replace('a', b'b'))
attempt("b'a'.find(256)", lambda: b'a'.find(256))
attempt("b'a'.find('a')", lambda: b'a'.find('a'))
attempt("b'a'.split(b'')", lambda: b'a'.split(b''))
attempt("b'a'.center(5, b'ab')", lambda: b'a'.center(5, b'ab'))
attempt("b'a'.partition(b'')", lambda: b'a'.partition(b''))
