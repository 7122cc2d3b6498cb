# bytes literals: every prefix (b, rb, br, any case), escapes (\x \n \\ \'
# octal, \u kept as written), implicit concatenation, triple quotes, and
# repr's quote choice and \x escapes, as CPython prints them.
print(b'plain', B'upper', rb'\x41raw', Rb'\n', bR'\\', BR"q")
print(b'\x00\x01\x7f\x80\xff')
print(b'tab\there', b'nl\nhere', b'cr\rhere', b'back\\slash')
print(b"it's", b'say "hi"', b'both \' and "', b"both ' and \"")
print(b'\101\102\103', b'\0', b'\777', b'\u0041 \N{x} \d')
print(b'con' b'cat' rb'\enated')
print(b'''triple
quoted''', b"""x""")
print(len(b'\x00\x00'), len(b''), len(rb'\x00'))
print(repr(b''), repr(b"'"), repr(b'"'), repr(b'\''), repr(b'\\'))
print([b'a', b'b'], (b'x',), {b'k': b'v'})
print(type(b''), type(b'x').__name__, isinstance(b'', bytes))
