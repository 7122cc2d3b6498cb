# The 8-bit charmap codecs of the encodings package (cp1252, koi8_r,
# mac_roman, cp850, ...) under their aliases, with every error handler,
# their incremental codecs, and utf-16/utf-32 with surrogatepass.
import codecs
import encodings

print(b'\xe9\x80\x9f'.decode('cp1252'), 'é€'.encode('cp1252'))
print(b'\xe9'.decode('latin_1'), b'\xe9\x8a'.decode('mac_roman'), b'\xa4'.decode('iso8859_15'))
for enc in ['cp1251', 'koi8_r', 'KOI8-U', 'windows-1250', 'iso-8859-2', 'latin2',
            'mac_cyrillic', 'cp866', 'cp850', 'cp037', 'ebcdic-cp-us', 'greek',
            'tis-620', 'macintosh', 'cp875']:
    b = 'Привет é ü ß'.encode(enc, 'replace')
    print(enc, codecs.lookup(enc).name, b, b.decode(enc))
for errors in ['replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
    print(errors, '\u4e00a\u4e01\u4e02'.encode('cp1252', errors), b'a\x81\x8d'.decode('cp1252', errors) if errors in ('replace', 'ignore', 'backslashreplace') else '')
for data, enc in [(b'\x81', 'cp1252'), (b'ab\x90', 'cp1253')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.encoding)
try:
    'ab\u4e00\u4e01c'.encode('cp1252')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end)

def handler(exc):
    return ('<%d>' % exc.start, exc.end)

codecs.register_error('mod15.tag', handler)
print('x\u4e00y'.encode('cp1252', 'mod15.tag'), b'x\x81y'.decode('cp1252', 'mod15.tag'))
print('\udcff'.encode('cp1252', 'surrogateescape'), ascii(b'\x81\x90'.decode('cp1252', 'surrogateescape')))
dec = codecs.getincrementaldecoder('cp1252')()
print(dec.decode(b'\x80'), dec.decode(b'abc', True))
print(codecs.getincrementalencoder('mac_roman')('strict').encode('é€'))
print(codecs.encode('abc', 'cp500'), codecs.decode(b'\x81\x82', 'cp500'))
print(list(codecs.iterdecode([b'\xe9', b'\x80'], 'cp1252')))
print(codecs.lookup('cp1252').incrementaldecoder, type(codecs.lookup('koi8-r')).__name__)
print(encodings.normalize_encoding('Latin-1 x'), encodings.search_function('cp1252').name)
print(codecs.charmap_decode(b'\x01a', 'strict', {1: 'xy', 97: 66}), codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'zz'}))
try:
    'x'.encode('mod15-no-such-encoding')
except LookupError as e:
    print(e)

for n in ['utf-16', 'utf-16-le', 'utf_16_be', 'utf-32', 'UTF-32LE', 'utf_32_be', 'U16']:
    b = 'a\U0001f600'.encode(n)
    print(n, b, ascii(b.decode(n)))
print('\ud800'.encode('utf-16-le', 'surrogatepass'), ascii(b'\x00\xd8a\x00'.decode('utf-16-le', 'surrogatepass')))
print('\ud800x\udc00'.encode('utf-16', 'replace'), '\udc80'.encode('utf-32-be', 'backslashreplace'))
print(ascii(b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass')), ascii(b'\x00\x00\x11\x00'.decode('utf-32-le', 'replace')))
for data, enc in [(b'\x00\xdc', 'utf-16-le'), (b'\xff\xfea', 'utf-16'), (b'\x00\xd8', 'utf-16'), (b'\x00\xd8\x00\x00', 'utf-32')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
try:
    '\ud800'.encode('utf-16-be')
except UnicodeEncodeError as e:
    print(e)
print(codecs.lookup_error('surrogateescape').__name__, codecs.lookup_error('surrogatepass').__name__)
