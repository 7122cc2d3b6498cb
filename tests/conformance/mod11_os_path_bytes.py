# os.path functions on bytes paths (as CPython: bytes in, bytes out; mixing str and bytes is a TypeError).
import os.path as p, os
print(p.join(b'a', b'b'), p.split(b'/x/y.txt'), p.splitext(b'f.tar.gz'), p.basename(b'/a/b'), p.dirname(b'/a/b'))
print(p.normpath(b'a//b/../c'), p.isabs(b'/x'), p.abspath(b'/x/../y'), p.relpath(b'/a/b', b'/a'), p.commonprefix([b'abc', b'abd']))
print(p.expanduser(b'x'), p.exists(b'/nonexistent'), p.normcase(b'AB'), p.commonpath([b'/a/b', b'/a/c']), p.splitdrive(b'/x'))
print(p.realpath(b'/a/./b'), os.fsencode('x'), os.fsdecode(b'y'), p.islink(b'/x'), p.ismount(b'/'))
try: p.join(b'a', 'b')
except TypeError as e: print(e)
print(os.getcwdb() == os.getcwd().encode())
