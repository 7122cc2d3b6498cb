# tempfile.SpooledTemporaryFile, shutil's archive registry and which,
# getpass without a terminal, zoneinfo's fixed-offset zones.
import io
import os
import shutil
import sys
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
    f.write('hello\n')
    f.seek(0)
    print(f.readlines(), f.mode, f._rolled)

try:
    shutil.make_archive('x', 'rar', 'mod13_src')
except ValueError as e:
    print('ValueError:', e)
print([n for n, d in shutil.get_archive_formats() if n in ('tar', 'gztar', 'zip')])
print(shutil.which('mod13-no-such-command'))

import getpass
sys.stdin = io.StringIO('s3cret\n')
err = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    pw = getpass.getpass('PW? ', stream=err)
print(repr(pw), repr(err.getvalue()))
print([(x.category.__name__, str(x.message), os.path.basename(x.filename)) for x in w])

import zoneinfo
import datetime
z = zoneinfo.ZoneInfo('UTC')
print(repr(z), str(z), zoneinfo.ZoneInfo('UTC') is z)
d = datetime.datetime(2020, 5, 1, 12, tzinfo=z)
print(repr(d), d.tzname(), d.utcoffset())
e = zoneinfo.ZoneInfo('Etc/GMT+5')
print(d.astimezone(e), e.tzname(None))
try:
    zoneinfo.ZoneInfo('../x')
except ValueError as e:
    print('ValueError:', e)
