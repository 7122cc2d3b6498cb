import tempfile
from pathlib import Path, PurePath
import os

with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    print(type(root).__name__, root.exists(), root.is_dir(), root.is_file())
    src = root / 'src'
    src.mkdir()
    (src / 'pkg' / 'sub').mkdir(parents=True)
    (src / 'pkg' / 'sub').mkdir(parents=True, exist_ok=True)
    n = (src / 'main.py').write_text('print("hi")\n')
    print('wrote', n)
    print((src / 'data.bin').write_bytes(b'\x00\x01\x02'))
    (src / 'pkg' / '__init__.py').touch()
    (src / 'pkg' / 'sub' / 'mod.py').write_text('x = 1\n')
    (src / 'pkg' / 'README.md').write_text('# readme\n')
    (src / '.env').write_text('SECRET=1\n')
    print((src / 'main.py').read_text(), (src / 'data.bin').read_bytes())
    print((src / 'main.py').is_file(), (src / 'pkg').is_dir(), (src / 'nope').exists())
    print((src / 'main.py').stat().st_size, (src / 'data.bin').stat().st_size)
    rel = lambda ps: sorted(str(p.relative_to(root)) for p in ps)
    print(rel(src.iterdir()))
    print(rel(src.glob('*.py')), rel(src.glob('*')), rel(src.glob('.*')))
    print(rel(src.glob('**/*.py')), rel(src.rglob('*.py')), rel(src.rglob('*.md')))
    print(rel(src.glob('**')), rel(src.glob('*/')), rel(src.glob('pkg/*')), rel(src.glob('p?g/sub/*.py')))
    print(rel(src.glob('nothing/*')), rel(src.glob('main.py')), rel(src.glob('pkg/sub')))
    print(rel(src.rglob('*')))
    with (src / 'main.py').open() as f:
        print(type(f).__name__, f.readline().rstrip())
    with (src / 'log.txt').open('a') as f:
        f.write('one\n')
    with (src / 'log.txt').open('a') as f:
        f.write('two\n')
    print((src / 'log.txt').read_text().splitlines())
    moved = (src / 'log.txt').rename(src / 'log2.txt')
    print(type(moved).__name__, moved.name, (src / 'log.txt').exists(), moved.exists())
    replaced = moved.replace(src / 'main.py')
    print(replaced.read_text().splitlines())
    (src / 'data.bin').unlink()
    (src / 'data.bin').unlink(missing_ok=True)
    (src / 'pkg' / 'sub' / 'mod.py').unlink()
    (src / 'pkg' / 'sub').rmdir()
    print(rel(src.rglob('*')))
    try:
        (src / 'pkg').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        (src / 'main.py').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.strerror)
    try:
        (src / 'main.py').touch(exist_ok=False)
    except FileExistsError as e:
        print('FileExistsError', e.strerror)
    try:
        (src / 'pkg').read_text()
    except IsADirectoryError as e:
        print('IsADirectoryError', e.strerror)
    os.chdir(src)
    print(Path.cwd() == src.resolve(), Path('pkg').absolute() == src / 'pkg', Path('x/../pkg').resolve() == src / 'pkg')
    print(sorted(str(p) for p in Path('.').glob('*')), sorted(str(p) for p in Path().iterdir()))
    print(Path('main.py').samefile(src / 'main.py'), Path('pkg').is_mount(), Path('/').is_mount())
    print(Path('main.py').is_symlink(), Path('main.py').is_fifo(), Path('main.py').lstat().st_size)
    os.chdir('/')
print(Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path.home() / 'x')
print(root.exists())
