# os and os.path basics: separators, join/split/splitext/basename/dirname/
# normpath/relpath/commonpath, exists/isfile/isdir for the scenario itself,
# environ get/set/del and its TypeError/KeyError, getenv, fspath and
# PathLike, sys.modules["os.path"].
import os, os.path
from os.path import join, basename, dirname, splitext, exists
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep)
print(join('a', 'b', 'c.txt'), join('/x', '/y', 'z'), join('a/', 'b'), join('', 'x'))
print(basename('/tmp/dir/file.tar.gz'), dirname('/tmp/dir/file.tar.gz'), dirname('file'), basename('dir/'))
print(splitext('archive.tar.gz'), splitext('.bashrc'), splitext('noext'), splitext('a.b/c'))
print(os.path.split('/a/b/c'), os.path.split('c'), os.path.split('/'), os.path.normpath('a//b/../c/./d'), os.path.normpath('/../x'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.relpath('/a/b/c', '/a'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
print(exists(__file__), os.path.isfile(__file__), exists('no_such_file_here.txt'), os.path.isdir(os.path.dirname(os.path.abspath(__file__))))
print(os.getenv('GCLAB_SURELY_UNSET'), os.environ.get('GCLAB_SURELY_UNSET', 'dflt'), 'GCLAB_SURELY_UNSET' in os.environ)
os.environ['GCLAB_TEST_VAR'] = 'v1'
print(os.environ['GCLAB_TEST_VAR'], os.getenv('GCLAB_TEST_VAR'))
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
try:
    os.environ['GCLAB_SURELY_UNSET']
except KeyError as e:
    print('KeyError', e)
del os.environ['GCLAB_TEST_VAR']
print(os.getenv('GCLAB_TEST_VAR'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.fspath('p'))
class P(os.PathLike):
    def __fspath__(self): return 'from/pathlike'
print(os.fspath(P()), join(P(), 'x'), isinstance(P(), os.PathLike))
try: os.fspath(3)
except TypeError as e: print(e)
print(type(os.getpid()).__name__, os.path is os.path, 'os.path' in __import__('sys').modules)
