import gc
gc.collect()
print(gc.get_freeze_count())
class C: pass
a = C(); a.me = a
gc.freeze()
print(gc.get_freeze_count() > 0)
del a
print("collect frozen", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print("collect after unfreeze", gc.collect())
gc.freeze(); gc.freeze()
n = gc.get_freeze_count()
gc.unfreeze()
print(gc.get_freeze_count())
print(n > 0)
