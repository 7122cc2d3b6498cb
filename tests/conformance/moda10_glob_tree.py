import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    def touch(*parts):
        p = os.path.join(root, *parts)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w') as f:
            f.write('x')

    for parts in [('a.py',), ('b.txt',), ('.hidden.py',), ('pkg', '__init__.py'),
                  ('pkg', 'mod.py'), ('pkg', 'sub', 'deep.py'), ('pkg', '.secret', 'x.py'),
                  ('docs', 'index.md'), ('docs', 'img', 'logo.png'), ('x[1].txt',)]:
        touch(*parts)

    def rel(paths):
        return sorted(os.path.relpath(p, root) if os.path.isabs(p) else p for p in paths)

    for pat in ['*.py', '*', '.*', '*/*.py', '**/*.py', 'pkg/**', '*/', 'p?g/*',
                '[ab].*', 'x[[]1].txt', 'missing/*', 'pkg', 'pkg/', 'nothing']:
        print(pat, rel(glob.glob(os.path.join(root, pat))))
        print('  rec', rel(glob.glob(os.path.join(root, pat), recursive=True)))
    print('root_dir', sorted(glob.glob('**/*.py', root_dir=root, recursive=True)))
    print('hidden', sorted(glob.glob('**/*.py', root_dir=root, recursive=True, include_hidden=True)))
    print('all', sorted(glob.glob('**', root_dir=root, recursive=True)))
    print('dirs', sorted(glob.glob('**/', root_dir=root, recursive=True)))
    it = glob.iglob('*.txt', root_dir=root)
    print(type(it).__name__, sorted(it))
    print(glob.escape('a*b?c[d].txt'), glob.escape('/plain/path'))
    print(glob.glob(glob.escape(os.path.join(root, 'x[1].txt'))) == [os.path.join(root, 'x[1].txt')])
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
    print(glob.glob(''), glob.glob('', root_dir=root))
    os.chdir(root)
    print(sorted(glob.glob('*.py')), sorted(glob.glob('pkg/*.py')), sorted(glob.glob('./*.txt')))
    os.chdir('/')
try:
    glob.glob(3)
except TypeError as e:
    print('TypeError', e)
