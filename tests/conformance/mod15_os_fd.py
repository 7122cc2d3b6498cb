# os.open/read/write/lseek/close/fdopen on the file system: descriptors
# from 3 up, O_CREAT/O_EXCL/O_TRUNC/O_APPEND, EBADF/EINVAL errors, and a
# file object over a descriptor that closes it; sys.api_version.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
name = os.path.join(d, 'f.txt')
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd >= 3, os.write(fd, b'hello world'), os.write(fd, bytearray(b'!')))
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 1, 0), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10), os.fstat(fd).st_size, os.lseek(fd, 50, 0), os.read(fd, 5))
for call in (lambda: os.write(fd, b'x'), lambda: os.read(fd, -1), lambda: os.lseek(fd, -5, 0)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e, e.errno)
os.close(fd)
for call in (lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.fdopen(fd)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e, e.errno)
fd = os.open(name, os.O_WRONLY | os.O_APPEND)
os.write(fd, b' more')
os.close(fd)
with open(name, 'rb') as f:
    print(f.read())
fd = os.open(name, os.O_RDWR)
os.lseek(fd, 6, 0)
os.write(fd, b'WORLD')
os.close(fd)
with os.fdopen(os.open(name, os.O_RDONLY)) as f:
    print(f.name >= 3, f.mode, f.read(), f.fileno() == f.name)
with os.fdopen(os.open(name, os.O_RDWR | os.O_TRUNC), 'w') as f:
    f.write('rewritten')
with open(name) as f:
    print(f.read())
fds = [os.open(name, os.O_RDONLY) for _ in range(3)]
print([b - a for a, b in zip(fds, fds[1:])])
os.close(fds[1])
print(os.open(name, os.O_RDONLY) == fds[1])
for flags, path in [(os.O_CREAT | os.O_EXCL, name), (os.O_RDONLY, os.path.join(d, 'missing')), (os.O_WRONLY, d)]:
    try:
        os.open(path, flags)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == path)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(sys.api_version)
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
