from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath
import pathlib

p = PurePosixPath('/usr/lib/python3.11/site-packages/pkg.tar.gz')
print(p, repr(p), p.parts)
print(p.name, p.stem, p.suffix, p.suffixes, p.anchor, repr(p.root), repr(p.drive))
print(p.parent, list(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents))
print(repr(p.parents))
for s in ['', '.', 'a', 'a/', 'a//b', 'a/./b', 'a/../b', '/', '//', '///', '//x/y', '.bashrc',
          'archive.', 'a.b.c', '..', '/a/b/', 'x/.hidden.tar.gz']:
    q = PurePosixPath(s)
    print(repr(s), repr(q), str(q), q.parts, repr(q.name), repr(q.stem), repr(q.suffix),
          q.suffixes, repr(q.parent), q.is_absolute())
print(PurePosixPath('a', 'b', '/c', 'd'), PurePosixPath('a') / 'b' / PurePosixPath('c'))
print('x' / PurePosixPath('y'), PurePosixPath('/a').joinpath('b', 'c'), PurePath('a/b'))
print(type(PurePath('x')).__name__, type(Path('x')).__name__, isinstance(Path('x'), PurePath))
q = PurePosixPath('dir/file.txt')
print(q.with_name('other.py'), q.with_suffix('.md'), q.with_suffix(''), q.with_stem('note'),
      PurePosixPath('a.tar.gz').with_suffix('.bz2'), PurePosixPath('README').with_suffix('.txt'))
print(PurePosixPath('/etc/passwd').relative_to('/'), PurePosixPath('/etc/passwd').relative_to('/etc'),
      PurePosixPath('a/b/c').relative_to('a', 'b'), PurePosixPath('/etc').relative_to('/etc'))
print(PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/c'),
      PurePosixPath('a/b').is_relative_to('/a'))
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a.py', '/*.py'), ('b/a.py', '/*.py'), ('a/B.PY', '*.py'), ('a/b', 'a/b/c')]:
    print(path, pat, PurePosixPath(path).match(pat), PureWindowsPath(path).match(pat))
print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') == PurePosixPath('A'),
      PureWindowsPath('a') == PureWindowsPath('A'), PurePosixPath('a') == 'a',
      PurePosixPath('a') == PureWindowsPath('a'))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a'), PurePosixPath('/z')]))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b/')), len({PurePosixPath('x'), PurePosixPath('./x')}))
print(PurePosixPath('/a b/c%').as_uri(), PurePosixPath('a/b').as_posix(), bytes(PurePosixPath('a/é')))
import os
print(os.fspath(PurePosixPath('a/b')), os.path.join(PurePosixPath('a'), 'b'), str(Path('~/x')))
w = PureWindowsPath('C:/Users\\bob/file.TXT')
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.name, w.suffix, w.parent, w.as_posix())
print(PureWindowsPath('//server/share/dir/f'), PureWindowsPath('//server/share/dir/f').drive,
      PureWindowsPath('c:a', 'd:/b', 'c'), PureWindowsPath('c:/a', '/b'), PureWindowsPath('nul.txt').is_reserved(),
      PureWindowsPath('C:/a b').as_uri(), PureWindowsPath('c:/x').is_absolute(), PureWindowsPath('/x').is_absolute())
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') > PurePosixPath('a'))
class MyStr(str):
    pass
print(repr(PurePosixPath(MyStr('s')).parts[0].__class__))
print(pathlib.__all__)
import os
class Own:
    def __fspath__(self):
        return 'own'
print(isinstance(PurePosixPath('x'), os.PathLike), issubclass(PureWindowsPath, os.PathLike), isinstance(Own(), os.PathLike),
      isinstance('s', os.PathLike), type(os.PathLike).__name__, os.PathLike[str])
