# bytes.decode and str.encode for utf-8, ascii and latin-1 (and their
# aliases) under the errors handlers strict, replace, ignore and
# backslashreplace, with CPython's UnicodeDecodeError/UnicodeEncodeError
# messages (positions, byte values, reasons).
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

text = 'naïve café €5 😀'
for enc in ('utf-8', 'UTF8', 'utf_8', 'latin-1', 'iso-8859-1', 'ascii', 'us-ascii'):
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError:', e)
raw = text.encode()
print(raw.decode(), raw.decode('utf-8'), len(raw.decode('latin-1')))
samples = [b'\xff', b'ab\xff\xfe', b'\xc0\x80', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf0\x9fx', b'\xe2\x28\xa1', b'\xe2\x82', b'ok\x80', b'\xf4\x90\x80\x80']
for s in samples:
    for enc in ('utf-8', 'ascii'):
        for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
            try:
                print(s, enc, errors, repr(s.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(s, enc, errors, 'UnicodeDecodeError:', e)
print(b'x'.decode(encoding='ascii'), 'y'.encode(encoding='latin1', errors='strict'), b'a'.decode(errors='ignore'))
attempt("b'x'.decode('nope')", lambda: b'x'.decode('nope'))
attempt("'x'.encode('nope')", lambda: 'x'.encode('nope'))
attempt("b'\\xff'.decode('utf-8', 'bogus')", lambda: b'\xff'.decode('utf-8', 'bogus'))
attempt("'\\udcff'.encode()", lambda: '\udcff'.encode())
attempt("b'x'.decode(1)", lambda: b'x'.decode(1))
print(isinstance(UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), ValueError) if False else issubclass(UnicodeDecodeError, UnicodeError))
