# hashlib: every guaranteed algorithm's digests (known answers), incremental
# updates, copy(), new() and the hash objects' attributes.
import hashlib

messages = [b'', b'abc', b'The quick brown fox jumps over the lazy dog',
            bytes(range(256)) * 3, b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 111, b'a' * 112,
            b'a' * 127, b'a' * 128, b'b' * 135, b'b' * 136, b'b' * 137, b'c' * 167, b'c' * 168]
for name in sorted(hashlib.algorithms_guaranteed):
    print(name)
    for m in messages:
        h = hashlib.new(name, m)
        if name.startswith('shake'):
            print(' ', h.hexdigest(20), h.digest(3), h.hexdigest(0))
        else:
            print(' ', h.hexdigest())
    ctor = getattr(hashlib, name)
    h = ctor()
    print(' ', h.name, h.digest_size, h.block_size)

# Feeding the data in pieces gives the same digest; copy() forks the state.
h = hashlib.sha256()
for piece in (b'The quick ', bytearray(b'brown fox '), memoryview(b'jumps over the lazy dog')):
    h.update(piece)
print(h.hexdigest() == hashlib.sha256(messages[2]).hexdigest())
c = h.copy()
c.update(b'!')
print(h.hexdigest()[:16], c.hexdigest()[:16], c.name)
x = hashlib.shake_256(b'xof')
y = x.copy()
y.update(b'more')
print(x.hexdigest(8), y.hexdigest(8), type(x).__name__, type(y).__name__)
print(hashlib.md5(b'x').digest(), len(hashlib.sha512().digest()))
print(hashlib.sha1(string=b'kw').hexdigest(), hashlib.sha256(b'u', usedforsecurity=False).hexdigest()[:8])
print(hashlib.new('SHA256', b'abc').hexdigest()[:8], hashlib.new('sha-1', b'abc').name)
b = hashlib.blake2b(b'msg', digest_size=16, key=b'secret')
print(b.hexdigest(), b.name, b.digest_size, b.block_size)
s = hashlib.blake2s(b'msg', digest_size=8)
print(s.hexdigest(), s.copy().hexdigest(), hashlib.blake2s(key=b'k' * 32).hexdigest()[:16])
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=30).hex())
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.bin')
    with open(path, 'wb') as f:
        f.write(b'file data' * 1000)
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'md5').hexdigest())
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, hashlib.sha1, _bufsize=1000).hexdigest())
    with open(path, 'r') as f:
        try:
            hashlib.file_digest(f, 'md5')
        except ValueError as e:
            print('ValueError', 'is not a file-like object in binary reading mode' in str(e))
print(sorted(hashlib.algorithms_guaranteed), hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)
