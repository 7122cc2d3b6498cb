import codecs, warnings
warnings.simplefilter('ignore')
for b in [b'a\\', b'\\x4', b'\\x4g', b'\\u12', b'\\U00110000', b'\\N{LATIN SMALL LETTER A}', b'\\N{NOPE}x', b'\\N{', b'\\Nx', b'\\101\\0\\777', b'\\q', b'tab\\there\\n\\\\ \\\'q\\"', b'\xe9\\xe9']:
    try:
        print(b, repr(codecs.unicode_escape_decode(b)))
    except UnicodeDecodeError as e:
        print(b, e.start, e.end, e.reason, '|', codecs.unicode_escape_decode(b, 'replace'), codecs.unicode_escape_decode(b, 'ignore'))
print(codecs.unicode_escape_decode(b'ab\\x4', 'strict', False))
print(codecs.unicode_escape_decode(b'ab\\', 'strict', False))
print(codecs.raw_unicode_escape_decode(b'\\u0041\\\\u0041\\x41\\U0001F600', 'strict', True))
for b in [b'\\u00', b'\\U00110000', b'\\U0011']:
    try:
        codecs.raw_unicode_escape_decode(b)
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason, str(e))
print(codecs.raw_unicode_escape_encode('a\\\xe9\u20ac\U0001f600\n'))
print(codecs.unicode_escape_encode('a\\\xe9\u20ac\U0001f600\n\t\x7f\'"\r\x00'))
s = 'caf\xe9 \u2603 \\ "q"\n'
for enc in ('unicode_escape', 'unicode-escape', 'raw_unicode_escape', 'Raw-Unicode-Escape'):
    e = s.encode(enc)
    print(enc, e, e.decode(enc) == s, codecs.lookup(enc).name)
print(str(b'\\u263a x', 'unicode_escape'))
dec = codecs.getincrementaldecoder('unicode_escape')()
print([dec.decode(p) for p in (b'a\\', b'x4', b'1b\\u26', b'03')], repr(dec.decode(b'', final=True)))
try:
    b'\\x1'.decode('unicode_escape')
except UnicodeDecodeError as e:
    print(str(e))
