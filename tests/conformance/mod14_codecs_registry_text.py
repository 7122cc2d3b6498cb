# str.encode / bytes.decode / str(b, enc) with codecs the runtime does not
# implement (utf-16, utf-32, utf-8-sig) go through the codec registry as in
# CPython: non-text codecs refused, open(encoding=...), json bytes with a BOM;
# str(memoryview, enc).
import codecs, io
print('hé'.encode('utf-16'), 'hé'.encode('utf-16-le'), 'x'.encode('utf-32-be'), 'a'.encode('utf-8-sig') if True else '')
print(b'\xff\xfeh\x00\xe9\x00'.decode('utf-16'), b'\xef\xbb\xbfabc'.decode('utf-8-sig'), str(b'\x00a', 'utf-16-be'), b'abc'.decode('utf-8-sig'))
for bad in [lambda: 'x'.encode('hex'), lambda: b'x'.decode('rot13'), lambda: 'x'.encode('nope'), lambda: b'x'.decode('nope'), lambda: b'x'.decode('base64')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(b'\xff\xfeh\x00'.decode('utf-16', 'replace'), b'h\x00\x00'.decode('utf-16-le', 'replace'))
import json
print(json.loads(b'\xef\xbb\xbf[2]'), json.loads('{"a": 1}'.encode('utf-16')), json.loads('[3]'.encode('utf-32-le')))
with open('/tmp/mod14_codecs_u16.txt', 'w', encoding='utf-16') as f: f.write('héllo\n')
with open('/tmp/mod14_codecs_u16.txt', 'rb') as f: print(f.read())
with open('/tmp/mod14_codecs_u16.txt', encoding='utf-16') as f: print(repr(f.read()))
import csv
print(list(csv.reader(io.StringIO(b'\xef\xbb\xbfa,b\n1,2\n'.decode('utf-8-sig')))))
print(str(memoryview(b'ab'), 'utf-8'), str(memoryview(b'\xff\xfea\x00'), 'utf-16'), str(bytearray(b'\xc3\xa9'), 'utf-8'))
import os; os.remove('/tmp/mod14_codecs_u16.txt')
