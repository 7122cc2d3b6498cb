# base64 and binascii: CPython's exceptions and messages for bad input.
import base64
import binascii


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


print(binascii.Error.__mro__[:2], issubclass(binascii.Error, ValueError))
attempt('b64decode short', base64.b64decode, b'aGVsbG8')
attempt('b64decode 1 extra', base64.b64decode, b'aGVsb')
attempt('b64decode one char', base64.b64decode, 'a')
attempt('b64decode junk', base64.b64decode, b'!!!!')
attempt('validate junk', base64.b64decode, b'aGVs!bG8=', validate=True)
attempt('validate excess', base64.b64decode, b'aGk=aGk=', validate=True)
attempt('validate leading', base64.b64decode, b'=aGk', validate=True)
attempt('validate discontinuous', base64.b64decode, b'aG=k', validate=True)
attempt('non-ascii str', base64.b64decode, 'aGk=\u00e9')
attempt('int', base64.b64decode, 5)
attempt('b64encode str', base64.b64encode, 'text')
attempt('b64encode int', base64.b64encode, 3)
attempt('b32decode padding', base64.b32decode, b'MZXW6')
attempt('b32decode digit', base64.b32decode, b'MZXW6YT1')
attempt('b32decode lower', base64.b32decode, b'mzxw6===')
attempt('b32decode bad pad', base64.b32decode, b'MZXW6Y==')
attempt('b16decode lower', base64.b16decode, b'666f')
attempt('b16decode odd', base64.b16decode, b'666')
attempt('a85decode bad', base64.a85decode, b'abc\x7f')
attempt('a85decode z inside', base64.a85decode, b'abz')
attempt('a85decode overflow', base64.a85decode, b'uuuuu')
attempt('a85decode adobe', base64.a85decode, b'<~abc', adobe=True)
attempt('b85decode bad', base64.b85decode, b'ab"cd')
attempt('b85decode overflow', base64.b85decode, b'~~~~~')
attempt('encodebytes str', base64.encodebytes, 'str')
attempt('decodebytes int', base64.decodebytes, 1)
attempt('hexlify str', binascii.hexlify, 'ab')
attempt('hexlify sep', binascii.hexlify, b'abc', '::')
attempt('hexlify sep ok', binascii.hexlify, b'abcde', ':', -2)
attempt('unhexlify odd', binascii.unhexlify, b'abc')
attempt('unhexlify digit', binascii.unhexlify, 'zz')
attempt('unhexlify int', binascii.unhexlify, 7)
attempt('crc32', binascii.crc32, b'The quick brown fox')
attempt('crc32 start', binascii.crc32, b'fox', binascii.crc32(b'The quick brown '))
attempt('crc32 str', binascii.crc32, 'x')
attempt('crc_hqx', binascii.crc_hqx, b'123456789', 0xffff)
attempt('crc_hqx one arg', binascii.crc_hqx, b'1')
attempt('b2a_base64 positional', binascii.b2a_base64, b'a', False)
attempt('b2a_base64 newline', binascii.b2a_base64, b'ab', newline=False)
attempt('b2a_uu long', binascii.b2a_uu, b'x' * 46)
attempt('a2b_uu', binascii.a2b_uu, binascii.b2a_uu(b'uu data'))
try:
    base64.b64decode(b'abcde')
except binascii.Error:
    import traceback
    import sys
    lines = traceback.format_exc().splitlines()
    print('\n'.join(lines[:1] + lines[3:]))
