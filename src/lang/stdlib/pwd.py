"""pwd for gclab: CPython's Modules/pwdmodule.c over a fixed password
database. The simulated host has one account, root (uid 0, the user the
oracle runs as; os.getuid() is 0), so getpwuid(0) and getpwnam('root')
find it and other names and ids raise KeyError with CPython's messages.
"""


class struct_passwd(tuple):
    """pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple."""

    n_sequence_fields = 7
    n_fields = 7
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 7:
            raise TypeError("pwd.struct_passwd() takes a 7-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    pw_name = property(lambda self: self[0])
    pw_passwd = property(lambda self: self[1])
    pw_uid = property(lambda self: self[2])
    pw_gid = property(lambda self: self[3])
    pw_gecos = property(lambda self: self[4])
    pw_dir = property(lambda self: self[5])
    pw_shell = property(lambda self: self[6])

    def __repr__(self):
        names = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')
        return 'pwd.struct_passwd(%s)' % ', '.join('%s=%r' % p for p in zip(names, self))

    def __reduce__(self):
        return (struct_passwd, (tuple(self), {}))


struct_passwd.__module__ = 'pwd'

_DATABASE = (('root', 'x', 0, 0, 'root', '/root', '/bin/bash'),)


def getpwuid(uid, /):
    if not isinstance(uid, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(uid).__name__)
    for entry in _DATABASE:
        if entry[2] == uid:
            return struct_passwd(entry)
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name, /):
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    for entry in _DATABASE:
        if entry[0] == name:
            return struct_passwd(entry)
    raise KeyError("getpwnam(): name not found: %r" % name)


def getpwall():
    return [struct_passwd(entry) for entry in _DATABASE]
