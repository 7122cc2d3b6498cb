# hashlib: the C types' errors, names and object model.
import gc
import hashlib
import re
import weakref


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', re.sub(r'0x[0-9a-f]+', '0x...', repr(r)))


attempt('md5(str)', hashlib.md5, 'text')
attempt('md5(int)', hashlib.md5, 5)
attempt('sha256 two args', hashlib.sha256, b'a', b'b')
attempt('sha256 data=', hashlib.sha256, data=b'a')
attempt('update(str)', hashlib.sha256().update, 'x')
attempt('update()', hashlib.sha256().update)
attempt('update(None)', hashlib.sha1().update, None)
attempt('new(nope)', hashlib.new, 'nope')
attempt('new(5)', hashlib.new, 5)
attempt('new(md5, str)', hashlib.new, 'md5', 'str')
attempt('shake hexdigest()', hashlib.shake_128(b'x').hexdigest)
attempt('shake digest(-1)', hashlib.shake_128(b'x').digest, -1)
attempt('shake digest(1.5)', hashlib.shake_128(b'x').digest, 1.5)
attempt('blake2b size 65', hashlib.blake2b, digest_size=65)
attempt('blake2b size 0', hashlib.blake2b, digest_size=0)
attempt('blake2s size 33', hashlib.blake2s, b'x', digest_size=33)
attempt('blake2b long key', hashlib.blake2b, key=b'k' * 65)
attempt('blake2b two args', hashlib.blake2b, b'a', b'b')
attempt('blake2b update(str)', hashlib.blake2b().update, 's')
attempt('type(md5)()', type(hashlib.md5()))
attempt('pbkdf2 bad name', hashlib.pbkdf2_hmac, 'nope', b'p', b's', 1)
attempt('pbkdf2 zero iterations', hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0)
attempt('repr', hashlib.md5)
attempt('repr xof', hashlib.shake_256)
attempt('repr blake', hashlib.blake2b)
h = hashlib.md5()
print(type(h), type(hashlib.shake_128()), type(hashlib.blake2s()), type(h).__module__)
attempt('weakref', weakref.ref, h)
attempt('setattr', setattr, h, 'x', 1)
print(gc.is_tracked(h), gc.is_tracked(hashlib.blake2b()), hasattr(h, '__dict__'))
try:
    hashlib.new('unknown-digest')
except ValueError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__)
