# json.loads of bytes and bytearray (detect_encoding, CPython 3.11), the
# json.scanner module's names, and open() of a path-like object's name.
import json
import json.decoder
import json.scanner
import pathlib
import tempfile
import os

print(json.loads(b'{"x": [1, 2.5, null]}'), json.loads(bytearray(b'[true]')))
print(json.loads('{"a": "\u00e9\u4e2d"}'.encode('utf-8')))
print(json.detect_encoding(b'\xef\xbb\xbf{}'), json.detect_encoding(b'{\x00'),
      json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00\x00\x00'),
      json.detect_encoding(b'\x00\x00\x00{'), json.detect_encoding(b'{}'),
      json.detect_encoding(b'\xff\xfe{\x00'), json.detect_encoding(b''))
for bad in (5, None, [b'x']):
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.loads(b'[1, 2')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e, repr(e.doc))
try:
    json.loads(b'\xff')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start)
scan = json.scanner.make_scanner(json.decoder.JSONDecoder())
print(scan('[1, "a", {"k": -2e3}] tail', 0), json.scanner.NUMBER_RE.match('-1.5e3').groups())
try:
    scan('  x', 2)
except StopIteration as e:
    print('StopIteration', e.value)
print(json.scanner.__all__, callable(json.scanner.py_make_scanner))

d = tempfile.mkdtemp()
p = pathlib.Path(d) / 'data.json'
with open(p, 'w') as f:
    json.dump({'k': [1, 2]}, f)
    print(f.name == str(p), type(f.name).__name__)
with open(p, 'rb') as f:
    print(json.load(f), f.name == str(p))
with open(os.fsencode(str(p)), 'rb') as f:
    print(type(f.name).__name__)
os.remove(p)
os.rmdir(d)
