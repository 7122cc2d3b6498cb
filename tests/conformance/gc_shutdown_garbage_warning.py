# At exit, what gc.garbage holds is reported as CPython's
# _PyGC_DumpShutdownStats does: a ResourceWarning from "gc" line 0 (shown
# under -W d, ignored by default), shortened with DEBUG_UNCOLLECTABLE, which
# also prints the list; nothing under DEBUG_SAVEALL. The child runs through
# subprocess.Popen([sys.executable, ...]) as test_gc's test does.
import re
import subprocess
import sys

code = """if 1:
    import gc
    import _testcapi
    @_testcapi.with_tp_del
    class X:
        def __init__(self, name):
            self.name = name
        def __repr__(self):
            return "<X %%r>" %% self.name
        def __tp_del__(self):
            pass

    x = X('first')
    x.x = x
    x.y = X('second')
    del x
    gc.set_debug(%s)
"""


def run(options, debug):
    p = subprocess.Popen([sys.executable, *options, "-c", code % debug],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stdout, stderr = p.communicate()
    p.stdout.close()
    p.stderr.close()
    print(options, debug, "->", p.returncode, stdout)
    for line in stderr.decode().splitlines():
        print("   ", re.sub(r"0x[0-9a-f]+", "0x...", line))


run(["-Wd"], "0")
run(["-W", "default"], "gc.DEBUG_UNCOLLECTABLE")
run(["-Wd"], "gc.DEBUG_SAVEALL")
run([], "0")
run(["-W", "error::DeprecationWarning"], "0")
run(["-W", "always::ResourceWarning"], "gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_STATS & 0")
