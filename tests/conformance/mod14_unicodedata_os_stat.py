# unicodedata's category, mirrored, decimal, normalize and is_normalized (and
# their errors); os.stat_result's times are floats, *_ns ints.
import unicodedata as ud
for ch in 'aA1 _-(\u00e9\u0301\u2028\u00a0\u0660\u00bd\u4e2d\U0001F600\u200b\ud800\ue000\x00\u01c5\u02b0\u16ee\u20ac+\u00ab\u00bb\u0378':
    print(repr(ch), ud.category(ch), ud.mirrored(ch), ud.decimal(ch, None))
print(ud.normalize('NFD', 'caf\u00e9'), ascii(ud.normalize('NFD', 'caf\u00e9')), ascii(ud.normalize('NFKC', '\ufb01\u2460')), ascii(ud.normalize('NFC', 'e\u0301')), ud.normalize('NFKD', '\u00bd'))
print(ud.is_normalized('NFC', 'caf\u00e9'), ud.is_normalized('NFD', 'caf\u00e9'), [ud.decimal(c) for c in '0123456789\u0966\u0969\U0001D7CE\U0001D7D8\U0001D7E2'])
def strip_accents(s): return ''.join(c for c in ud.normalize('NFD', s) if ud.category(c) != 'Mn')
print(strip_accents('Crème brûlée à la façon'))
for bad in [lambda: ud.category('ab'), lambda: ud.category(1), lambda: ud.normalize('X', 'a'), lambda: ud.normalize('NFC', 1), lambda: ud.decimal('a'), lambda: ud.decimal(5), lambda: ud.mirrored(''), lambda: ud.category(), lambda: ud.normalize('NFC')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
import os, tempfile
p = os.path.join(tempfile.mkdtemp(), 'f')
with open(p, 'w') as f:
    f.write('x')
st = os.stat(p)
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns == int(st.st_mtime) * 10**9 or st.st_mtime_ns > 0, type(os.path.getmtime(p)).__name__)
os.remove(p)
os.rmdir(os.path.dirname(p))
