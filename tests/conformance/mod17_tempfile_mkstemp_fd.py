import tempfile, os
fd, path = tempfile.mkstemp(suffix='.txt', prefix='rec_')
print(type(fd).__name__, fd >= 3, os.path.isabs(path), os.path.basename(path).startswith('rec_'), path.endswith('.txt'))
print(os.write(fd, b'hello\n'))
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
with open(path) as f:
    print(repr(f.read()))
fd2, path2 = tempfile.mkstemp()
with os.fdopen(fd2, 'w') as f:
    f.write('via fdopen')
with open(path2) as f:
    print(f.read())
d = tempfile.mkdtemp()
fd3, p3 = tempfile.mkstemp(dir=d)
print(os.path.dirname(p3) == d, os.listdir(d) == [os.path.basename(p3)])
os.close(fd3)
os.remove(p3); os.remove(path); os.remove(path2); os.rmdir(d)
print('cleaned')
