# tempfile.SpooledTemporaryFile, shutil.make_archive / unpack_archive
# (zip and tar over zipfile and tarfile), getpass without a terminal,
# zoneinfo's fixed-offset zones.
import io
import os
import shutil
import tempfile
import warnings

with tempfile.SpooledTemporaryFile(max_size=10) as f:
    f.write(b'abc')
    print(f._rolled, f.tell(), type(f._file).__name__)
    f.write(b'x' * 20)
    print(f._rolled, f.tell(), f.closed)
    f.seek(0)
    print(f.read())
print(f.closed)
with tempfile.SpooledTemporaryFile(mode='w+') as f:
    f.write('hello\nworld\n')
    f.seek(0)
    print(f.readlines(), f.mode, f._rolled)
    f.rollover()
    print(f._rolled)
    f.seek(0)
    print(f.read())
s = tempfile.SpooledTemporaryFile(max_size=100, mode='w+b')
s.write(b'0123456789')
s.truncate(4)
s.seek(0)
print(s.read(), s.getvalue() if hasattr(s, 'getvalue') else None)
s.close()

print(sorted(name for name, desc in shutil.get_archive_formats() if 'tar' not in name or name in ('tar', 'gztar')))
os.makedirs('mod13_src/sub', exist_ok=True)
with open('mod13_src/a.txt', 'w') as f:
    f.write('A' * 50)
with open('mod13_src/sub/b.txt', 'w') as f:
    f.write('B')
path = shutil.make_archive('mod13_arch', 'zip', 'mod13_src')
print(os.path.basename(path))
import zipfile
with zipfile.ZipFile(path) as z:
    print(sorted(z.namelist()))
path = shutil.make_archive('mod13_arch', 'gztar', 'mod13_src')
print(os.path.basename(path))
import tarfile
with tarfile.open(path) as t:
    print(sorted(t.getnames()), [m.isdir() for m in sorted(t.getmembers(), key=lambda m: m.name)])
    print(t.extractfile('./sub/b.txt').read())
path = shutil.make_archive('mod13_plain', 'tar', 'mod13_src', 'sub')
with tarfile.open(path) as t:
    print(sorted(t.getnames()))
shutil.unpack_archive('mod13_arch.zip', 'mod13_out1')
print(sorted(os.listdir('mod13_out1')), open('mod13_out1/sub/b.txt').read())
shutil.unpack_archive('mod13_arch.tar.gz', 'mod13_out2', filter='data')
print(sorted(os.listdir('mod13_out2')), open('mod13_out2/a.txt').read(5))
try:
    shutil.make_archive('x', 'rar', 'mod13_src')
except ValueError as e:
    print('ValueError:', e)
try:
    shutil.unpack_archive('mod13_src/a.txt')
except shutil.ReadError as e:
    print('ReadError:', e)
for d in ('mod13_src', 'mod13_out1', 'mod13_out2'):
    shutil.rmtree(d)
for p in ('mod13_arch.zip', 'mod13_arch.tar.gz', 'mod13_plain.tar'):
    os.remove(p)
print(shutil.which('mod13-no-such-command'))

import getpass
import sys
sys.stdin = io.StringIO('s3cret\n')
err = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    pw = getpass.getpass('PW? ', stream=err)
print(repr(pw), repr(err.getvalue()))
print([(x.category.__name__, str(x.message), os.path.basename(x.filename)) for x in w])
sys.stdin = io.StringIO('')
try:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        getpass.getpass(stream=err)
except EOFError:
    print('EOFError')

import zoneinfo
import datetime
z = zoneinfo.ZoneInfo('UTC')
print(repr(z), str(z), z.key, zoneinfo.ZoneInfo('UTC') is z)
d = datetime.datetime(2020, 5, 1, 12, tzinfo=z)
print(repr(d), d.tzname(), d.utcoffset(), d.dst())
e = zoneinfo.ZoneInfo('Etc/GMT+5')
print(d.astimezone(e), d.astimezone(e).tzname(), zoneinfo.ZoneInfo('Etc/GMT-14').utcoffset(None))
print(zoneinfo.ZoneInfo('GMT').tzname(None), zoneinfo.ZoneInfo.no_cache('UTC') is z)
for bad in ('/abs', '../x', 'a//b'):
    try:
        zoneinfo.ZoneInfo(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    zoneinfo.ZoneInfo(5)
except TypeError as e:
    print('TypeError:', e)
import pickle
print(pickle.loads(pickle.dumps(z)) is z)
