"""os.path for gclab (CPython 3.11's Lib/posixpath.py for str paths):
join, split, splitext, basename, dirname, normpath, abspath, relpath,
commonprefix, commonpath, isabs, expanduser, and exists/isfile/isdir as far
as gclab sees files (the scenario, files beside it, and the interpreter's
sources)."""


__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "exists", "lexists",
           "isfile", "isdir", "expanduser", "normpath", "abspath", "relpath",
           "commonpath", "curdir", "pardir", "sep", "pathsep", "defpath",
           "altsep", "extsep", "devnull", "realpath", "getsize", "islink",
           "ismount", "samefile", "expandvars"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

try:
    from _gclab import file_exists as _file_exists, fs_getcwd as _getcwd, fs_kind as _fs_kind
except ImportError:
    _file_exists = None
    _getcwd = None
    _fs_kind = None


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    return fspath(p)


def _decoded(p):
    if isinstance(p, str):
        raise TypeError("Can't mix strings and bytes in path components") from None
    return p.decode('utf-8', 'surrogateescape') if isinstance(p, bytes) else p


def _encoded(r):
    if isinstance(r, str):
        return r.encode('utf-8', 'surrogateescape')
    if isinstance(r, tuple):
        return tuple(map(_encoded, r))
    return r


def _via_str(func, *args):
    """func on bytes paths: their str forms (os.fsdecode's surrogateescape),
    the str results encoded back, as CPython's functions work on bytes."""
    return _encoded(func(*map(_decoded, args)))


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    if isinstance(s, bytes):
        return s
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    if isinstance(s, bytes):
        return _via_str(isabs, s)
    return s.startswith(sep)


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    if isinstance(a, bytes):
        return _via_str(join, a, *map(_fspath, p))
    p = tuple(map(_fspath, p))
    if any(isinstance(b, bytes) for b in p):
        raise TypeError("Can't mix strings and bytes in path components")
    path = a
    for b in map(_fspath, p):
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    p = _fspath(p)
    if isinstance(p, bytes):
        return _via_str(split, p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep*len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext maybe empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        return _via_str(splitext, p)
    sepIndex = p.rfind(sep)
    dotIndex = p.rfind(extsep)
    if dotIndex > sepIndex:
        # skip all leading dots
        filenameIndex = sepIndex + 1
        while filenameIndex < dotIndex:
            if p[filenameIndex:filenameIndex + 1] != extsep:
                return p[:dotIndex], p[dotIndex:]
            filenameIndex += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path (the drive is always empty on Posix)."""
    p = _fspath(p)
    if isinstance(p, bytes):
        return _via_str(splitdrive, p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    if isinstance(p, bytes):
        return _via_str(basename, p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    if isinstance(p, bytes):
        return _via_str(dirname, p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep*len(head):
        head = head.rstrip(sep)
    return head


def exists(path):
    """Test whether a path exists (a file gclab can see)."""
    try:
        path = _fspath(path)
    except TypeError:
        raise
    if isinstance(path, bytes):
        return _via_str(exists, path)
    if path in ('', ):
        return False
    if isdir(path):
        return True
    if _fs_kind is not None and _fs_kind(path) == 'device':
        return True
    return isfile(path)


lexists = exists


def isfile(path):
    """Test whether a path is a regular file gclab can see: one of the
    simulated file system (what the program wrote, the scenario's folder)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return _via_str(isfile, path)
    if _file_exists is None:
        return False
    if path and _fs_kind(path) == 'file':
        return True
    if _file_exists(path):
        return True
    cwd = _getcwd() if _getcwd is not None else '/'
    prefix = cwd.rstrip(sep) + sep
    if path.startswith(prefix):
        return _file_exists(path[len(prefix):])
    return False


def isdir(s):
    """Return true if the pathname refers to a directory of the simulated
    file system (the working directory and its ancestors, /tmp, and what
    the program made)."""
    s = _fspath(s)
    if isinstance(s, bytes):
        return _via_str(isdir, s)
    if not s:
        return False
    if _fs_kind is not None and _fs_kind(s) == 'dir':
        return True
    cwd = _getcwd() if _getcwd is not None else '/'
    target = abspath(s)
    return cwd == target or cwd.startswith(target.rstrip(sep) + sep) or target == sep


def islink(path):
    return False


def ismount(path):
    path = abspath(path)
    return path == (sep.encode() if isinstance(path, bytes) else sep)


def getsize(filename):
    """The size of a file of the simulated file system (os.stat's st_size)."""
    import os
    return os.stat(filename).st_size


def getmtime(filename):
    """Times are 0 in the simulated file system (deterministic runs)."""
    import os
    return float(os.stat(filename).st_mtime)


getatime = getctime = getmtime


def samefile(f1, f2):
    return abspath(f1) == abspath(f2)


def expanduser(path):
    """Expand ~ and ~user constructions (~ is $HOME)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return _via_str(expanduser, path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        if 'HOME' not in os.environ:
            return path
        userhome = os.environ['HOME']
    else:
        return path
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def expandvars(path):
    """Expand $var and ${var} from os.environ; unknown ones stay."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return _via_str(expandvars, path)
    if '$' not in path:
        return path
    import os
    import re
    _varprog = re.compile(r'\$(\w+|\{[^}]*\})', re.ASCII)
    i = 0
    while True:
        m = _varprog.search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        try:
            value = os.environ[name]
        except KeyError:
            i = j
        else:
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
    return path


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return _via_str(normpath, path)
    if path == '':
        return curdir
    initial_slashes = path.startswith(sep)
    # POSIX allows one or two initial slashes, but treats three or more
    # as single slash.
    if (initial_slashes and
        path.startswith(sep * 2) and not path.startswith(sep * 3)):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in ('', curdir):
            continue
        if (comp != pardir or (not initial_slashes and not new_comps) or
             (new_comps and new_comps[-1] == pardir)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or curdir


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return _via_str(abspath, path)
    if not isabs(path):
        cwd = _getcwd() if _getcwd is not None else '/'
        path = join(cwd, path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if start is None:
        start = curdir if isinstance(path, str) else curdir.encode()
    else:
        start = _fspath(start)
    if isinstance(path, bytes) or isinstance(start, bytes):
        if not (isinstance(path, bytes) and isinstance(start, bytes)):
            raise TypeError("Can't mix strings and bytes in path components")
        return _via_str(relpath, path, start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    # Work out how much of the filepath is shared by start and path.
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
        if isinstance(m[0], bytes):
            return _encoded(commonprefix([_decoded(x) for x in m]))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        return _encoded(commonpath([_decoded(x) for x in paths]))
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        raise
