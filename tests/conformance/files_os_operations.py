# os, os.path, tempfile and shutil on gclab's simulated file system: remove,
# mkdir/makedirs, rmdir, listdir, rename, stat, chdir, exists/isfile/isdir/
# getsize, mkdtemp, TemporaryDirectory, NamedTemporaryFile, rmtree,
# copyfile, and OSError's errno/strerror/filename with the subclass each
# errno picks. A module written into a directory put on sys.path imports.
import os
import shutil
import sys
import tempfile


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


home = os.getcwd()
work = tempfile.mkdtemp()
print(os.path.isdir(work), os.listdir(work), os.path.isabs(work))
os.chdir(work)
print(os.getcwd() == work)
with open("a.txt", "w") as f:
    f.write("12345")
print(os.path.exists("a.txt"), os.path.isfile("a.txt"), os.path.isdir("a.txt"), os.path.getsize("a.txt"))
print(os.stat("a.txt").st_size, os.path.exists("nothing"), os.path.isfile("."), os.path.isdir("."))
os.mkdir("sub")
os.makedirs(os.path.join("deep", "er", "est"))
os.makedirs(os.path.join("deep", "er"), exist_ok=True)
print(sorted(os.listdir(".")), os.listdir("deep"))
show(lambda: os.mkdir("sub"))
show(lambda: os.makedirs("deep"))
show(lambda: os.mkdir(os.path.join("nope", "x")))
show(lambda: os.rmdir("deep"))
show(lambda: os.rmdir("a.txt"))
show(lambda: os.rmdir("nothing"))
show(lambda: os.remove("sub"))
show(lambda: os.remove("nothing"))
show(lambda: os.listdir("a.txt"))
show(lambda: os.listdir("nothing"))
show(lambda: os.stat("nothing"))
show(lambda: os.chdir("nothing"))
os.rename("a.txt", os.path.join("sub", "b.txt"))
print(os.listdir("sub"), os.path.exists("a.txt"))
show(lambda: os.rename("a.txt", "c.txt"))
shutil.copyfile(os.path.join("sub", "b.txt"), "copy.txt")
print(open("copy.txt").read())
os.replace("copy.txt", "moved.txt")
print(sorted(os.listdir(".")))
os.unlink("moved.txt")
shutil.rmtree("deep")
print(sorted(os.listdir(".")))

try:
    open("missing")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
for errno in (2, 17, 20, 21, 13, 999):
    e = OSError(errno, "text", "file")
    print(type(e).__name__, e, e.args)
e = OSError(2, "text")
print(type(e).__name__, e, e.filename, e.args)
e = OSError("just a message")
print(e, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(1, "op", "from", None, "to")
print(e, e.filename2)
print(FileNotFoundError(2, "x", "y").errno, PermissionError("no").errno)

with tempfile.TemporaryDirectory() as t:
    with open(os.path.join(t, "mod_in_tmp.py"), "w") as f:
        f.write("VALUE = 'imported from a temporary directory'\n")
    os.makedirs(os.path.join(t, "pkg_in_tmp"))
    with open(os.path.join(t, "pkg_in_tmp", "__init__.py"), "w") as f:
        f.write("NAME = 'pkg'\n")
    with open(os.path.join(t, "pkg_in_tmp", "part.py"), "w") as f:
        f.write("PART = 'submodule'\n")
    sys.path.insert(0, t)
    import mod_in_tmp
    import pkg_in_tmp.part
    print(mod_in_tmp.VALUE, pkg_in_tmp.NAME, pkg_in_tmp.part.PART)
    print(mod_in_tmp.__file__ == os.path.join(t, "mod_in_tmp.py"))
    sys.path.remove(t)
print(os.path.exists(t))

n = tempfile.NamedTemporaryFile("w+")
n.write("temporary")
n.seek(0)
print(n.read(), os.path.exists(n.name))
n.close()
print(os.path.exists(n.name))

os.chdir(home)
shutil.rmtree(work)
print(os.path.exists(work))
