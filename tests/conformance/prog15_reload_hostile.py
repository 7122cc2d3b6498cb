# importlib.reload of a module file the program rewrites, breaks and deletes.
import importlib
import os
import sys

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mod_prog15_reloaded.py")
with open(path, "w") as f:
    f.write("VALUE = 1\nclass K:\n    def __del__(self):\n        print('old K instance del')\ninst = K()\n")
import mod_prog15_reloaded as m
print("value", m.VALUE)
with open(path, "w") as f:
    f.write("VALUE = 2\n")
importlib.reload(m)
print("value", m.VALUE, "inst kept:", hasattr(m, "inst"))
with open(path, "w") as f:
    f.write("x = 1\nVALUE = (\n")
try:
    importlib.reload(m)
except SyntaxError as e:
    print("SyntaxError", repr(e.msg), e.lineno, e.offset, repr(e.text), os.path.basename(e.filename))
print("value after failed reload", m.VALUE)
with open(path, "w") as f:
    f.write("VALUE = 3\nBROKEN = 1/0\n")
try:
    importlib.reload(m)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print("still in sys.modules:", "mod_prog15_reloaded" in sys.modules, "value", m.VALUE)
print("last in sys.modules:", list(sys.modules)[-1])
os.remove(path)
try:
    importlib.reload(m)
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    importlib.reload("mod_prog15_reloaded")
except TypeError as e:
    print("TypeError", e)
del sys.modules["mod_prog15_reloaded"]
try:
    importlib.reload(m)
except ImportError as e:
    print("ImportError", e)
print("end")
