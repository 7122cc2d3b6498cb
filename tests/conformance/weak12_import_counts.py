# gc.get_count() around imports of modules beside the scenario: the first
# path-based import makes sys.path[0]'s FileFinder, a package's first
# submodule its folder's; each module is compiled from source (no .pyc)
# while importlib holds its spec and temporaries, and a cached import is a
# lookup in sys.modules. Measured after gc.collect(), which empties the
# free lists: every allocation counts.
import gc
import importlib

gc.disable()


def moved(label, before):
    print(label, gc.get_count()[0] - before)


gc.collect()
c = gc.get_count()[0]
import mod_weak12_empty
moved("first module", c)
gc.collect()
c = gc.get_count()[0]
import mod_weak12_blank
moved("second module", c)
c = gc.get_count()[0]
import mod_weak12_empty
moved("cached", c)
gc.collect()
c = gc.get_count()[0]
import pkg_weak12
moved("package", c)
gc.collect()
c = gc.get_count()[0]
import pkg_weak12.first
moved("first submodule", c)
gc.collect()
c = gc.get_count()[0]
import pkg_weak12.second
moved("second submodule", c)
c = gc.get_count()[0]
m = importlib.import_module("mod_weak12_blank")
moved("import_module cached", c)
print(m is mod_weak12_blank, pkg_weak12.first.__name__, pkg_weak12.second.VALUE)
