# zipfile over BytesIO and the file system, stored and deflated members.
import io
import os
import zipfile

DT = (2021, 6, 7, 8, 9, 10)


def info(name, compress=zipfile.ZIP_STORED):
    zi = zipfile.ZipInfo(name, date_time=DT)
    zi.compress_type = compress
    return zi


buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr(info('a.txt', zipfile.ZIP_DEFLATED), 'hello ' * 20)
    z.writestr(info('b/c.txt'), b'data')
    z.writestr(info('s.txt'), b'stored')
    z.comment = b'a comment'
data = buf.getvalue()
print(len(data), data[:4], data[-9:])
import zlib
print(zlib.crc32(data))

with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment)
    for i in z.infolist():
        print(i, i.date_time, i.CRC, i.compress_size, i.is_dir())
    print(z.read('a.txt')[:12], z.read('b/c.txt'))
    print(z.testzip())
    with z.open('s.txt') as f:
        print(f.read(3), f.read())
    print(z.getinfo('b/c.txt').filename)
    try:
        z.getinfo('nope')
    except KeyError as e:
        print('KeyError', e)

with zipfile.ZipFile('mod13_x.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(info('q', zipfile.ZIP_DEFLATED), 'qq' * 100)
    with z.open(info('w'), 'w') as f:
        f.write(b'written ')
        f.write(b'in pieces')
print(zipfile.is_zipfile('mod13_x.zip'), zipfile.is_zipfile(io.BytesIO(b'not a zip')))
with zipfile.ZipFile('mod13_x.zip', 'a') as z:
    z.writestr(info('r'), 'rr')
with zipfile.ZipFile('mod13_x.zip') as z:
    print(z.namelist(), [i.file_size for i in z.infolist()])
    z.extractall('mod13_out')
    print(z.read('w'))
for root, dirs, files in os.walk('mod13_out'):
    print(root, sorted(dirs), sorted(files))
with open('mod13_out/q') as f:
    print(len(f.read()))
p = zipfile.Path(zipfile.ZipFile('mod13_x.zip'))
print(sorted(x.name for x in p.iterdir()), (p / 'r').read_text())

try:
    zipfile.ZipFile(io.BytesIO(b'PK\x03\x04garbage'))
except zipfile.BadZipFile as e:
    print('BadZipFile:', e)
try:
    zipfile.ZipFile(io.BytesIO(), 'q')
except ValueError as e:
    print('ValueError:', e)
import shutil
shutil.rmtree('mod13_out')
os.remove('mod13_x.zip')
print(os.path.exists('mod13_x.zip'))
