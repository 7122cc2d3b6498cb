import sys, gc, weakref
import mod_prog17_helper

t = mod_prog17_helper.Tracked("extra")
w = weakref.ref(mod_prog17_helper)
del sys.modules["mod_prog17_helper"]
del mod_prog17_helper
print("module alive:", w() is not None)
gc.collect()
print("module alive after collect:", w() is not None)
del t
gc.collect()
print("reimport")
import mod_prog17_helper
print(mod_prog17_helper.first.name)
print("end")
