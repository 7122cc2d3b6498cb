# A script the program writes is the script a Python child runs
# (test.support.script_helper, as CPython's own gc tests use it): the child
# reads the file from the same file system, imports a module from a folder
# it is told about, and its output, exit status and shutdown (a __del__ in a
# cycle still runs at exit) come back to the parent.
import os
import shutil
import tempfile
from test.support import os_helper
from test.support.script_helper import assert_python_ok, assert_python_failure, make_script

home = os.getcwd()
work = tempfile.mkdtemp()
os.chdir(work)

code = """if 1:
    class ClassWithDel:
        def __del__(self):
            print('__del__ called')
    a = ClassWithDel()
    a.link = a
    raise SystemExit(0)"""
with open(os_helper.TESTFN, "w", encoding="utf-8") as script:
    script.write(code)
rc, out, err = assert_python_ok(os_helper.TESTFN)
print(rc, out.strip(), err)
os_helper.unlink(os_helper.TESTFN)
os_helper.unlink(os_helper.TESTFN)
print(os.path.exists(os_helper.TESTFN))

with os_helper.temp_dir() as script_dir:
    make_script(script_dir, "gctest", """if 1:
        class C:
            def __del__(self):
                print('__del__ called')
        l = [C()]
        l.append(l)
        """)
    print(sorted(os.listdir(script_dir)))
    rc, out, err = assert_python_ok("-c", "import sys; sys.path.insert(0, %r); import gctest" % script_dir)
    print(rc, out.strip())
    path = make_script(script_dir, "fails", "import sys\nprint('partial')\nsys.exit(3)\n")
    rc, out, err = assert_python_failure(path)
    print(rc, out.strip())
    writes = make_script(script_dir, "writes", "open('from_child.txt', 'w').write('child was here')\n")
    assert_python_ok(writes)
    with open("from_child.txt") as f:
        print(f.read())
print(os.path.exists(script_dir))

os.chdir(home)
shutil.rmtree(work)
