# hmac: new/digest/compare_digest over names, hashlib constructors and
# other callables; copy(), name, sizes; CPython's errors.
import hashlib
import hmac
import re

key = b'secret-key'
msg = b'The quick brown fox jumps over the lazy dog'
for mod in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s'):
    h = hmac.new(key, msg, mod)
    print(mod, h.hexdigest(), h.name, h.digest_size, h.block_size)
    print(' ', hmac.digest(key, msg, mod) == h.digest())
long_key = b'k' * 200
print(hmac.new(long_key, msg, hashlib.sha256).hexdigest())
print(hmac.new(key, msg, lambda d=b'': hashlib.sha1(d)).hexdigest(), hmac.new(key, digestmod='sha1').name)
h = hmac.new(key, digestmod=hashlib.md5)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest(), type(h).__name__, type(h._hmac).__name__ if h._hmac else None)
print(re.sub('0x[0-9a-f]+', '0x...', repr(h._hmac)))
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(bytearray(b'x'), b'x'))
for args in [(b'a', 'a'), ('\u00e9', '\u00e9'), (1, 2)]:
    try:
        hmac.compare_digest(*args)
    except TypeError as e:
        print('TypeError', e)
for f in [lambda: hmac.new(key), lambda: hmac.new('str', msg, 'sha256'), lambda: hmac.new(key, 'str', 'sha256'),
          lambda: hmac.new(key, msg, 'nope'), lambda: hmac.digest(key, msg, 'nope')]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hmac.trans_5C[:4], hmac.trans_36[:4], hmac.digest_size)
for args in [('a', b'a'), (b'a', 'a'), (b'a', 1), (1, b'a'), (1, 'a')]:
    try:
        hmac.compare_digest(*args)
    except TypeError as e:
        print('TypeError', e)
