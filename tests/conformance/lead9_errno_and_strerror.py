# errno (a builtin module of Linux error numbers) and os.strerror, as a
# program checks which OSError it caught.
import errno, os, gc
print(repr(errno), errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[errno.EDEADLK], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith("EN"))[:5], list(vars(errno))[:7])
print(errno.__doc__.splitlines()[0])
print(os.strerror(0), "|", os.strerror(errno.ENOENT), "|", os.strerror(200), "|", os.strerror(-3), "|", os.strerror(True))
for bad in ("x", 2**40, 2.5):
    try:
        os.strerror(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    open("/no/such/dir/file")
except OSError as e:
    if e.errno == errno.ENOENT:
        print("missing:", errno.errorcode[e.errno], os.strerror(e.errno))
print(os.strerror)
print(gc.collect())
