# base64: every encoding both ways over assorted data, and the legacy API.
import base64
import io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)),
           b'\x00\x00\x00\x00', b'    ', b'\xff\xfe\xfd']
for s in samples[:8]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s))
    print(base64.b32hexencode(s), base64.a85encode(s), base64.b85encode(s))
for s in samples:
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
print('round trips ok')
print(base64.b64encode(b'\xfb\xff\xbf', altchars=b'-_'), base64.urlsafe_b64encode(b'\xfb\xff\xbf'))
print(base64.b64decode('+/+/'), base64.b64decode(b'-_-_', altchars=b'-_'), base64.urlsafe_b64decode('-_-_'))
print(base64.standard_b64encode(b'data'), base64.standard_b64decode(b'ZGF0YQ=='))
print(base64.b64decode(b'ZG F0\nYQ==!!'), base64.b64decode(memoryview(b'ZGF0YQ==')))
print(base64.b64encode(bytearray(b'ba')), base64.b64encode(memoryview(b'mv')))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'0I======', map01=b'L'))
print(base64.b16decode('666f6f', casefold=True), base64.b16decode(b'666F6F'))
print(base64.a85encode(b'\x00' * 8 + b'    ', foldspaces=True))
print(base64.a85encode(b'hello world, this is long', wrapcol=10, adobe=True))
print(base64.a85decode(b'<~BOu!rD]j7BEbo80~>', adobe=True), base64.a85decode(b'z y', foldspaces=True))
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'abc', pad=True))
data = bytes(range(100))
enc = base64.encodebytes(data)
print(enc)
print(base64.decodebytes(enc) == data)
out = io.BytesIO()
base64.encode(io.BytesIO(data), out)
print(out.getvalue() == enc)
back = io.BytesIO()
base64.decode(io.BytesIO(enc), back)
print(back.getvalue() == data)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, sorted(base64.__all__))
