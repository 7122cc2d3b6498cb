import gc
class I:
    def __index__(self): return 1
for f,a in [(gc.collect,(2**40,)),(gc.collect,(-2**70,)),(gc.set_threshold,(2**40,)),(gc.set_threshold,(-2**40,)),(gc.set_threshold,(1,2**40)),(gc.set_debug,(2**40,)),(gc.set_debug,(2**70,)),(gc.get_objects,(2**70,)),(gc.get_objects,(2**40,)),(gc.collect,(3.0,)),(gc.set_threshold,(1.5,)),(gc.set_debug,(1.5,)),(gc.is_tracked,()),(gc.set_threshold,()), (gc.collect,(I(),)), (gc.set_threshold,(I(),)), (gc.get_objects,(I(),)), (gc.get_referrers, ()), (gc.collect, ()), ]:
  try: f(*a); print('ok')
  except Exception as e: print(type(e).__name__, e)
for k in [dict(generation=1), dict(gen=1), dict(generation="a")]:
  try: gc.collect(**k); print("ok")
  except Exception as e: print(type(e).__name__, e)
try: gc.set_threshold(threshold0=1)
except Exception as e: print(type(e).__name__, e)
try: gc.get_referents(x=1)
except Exception as e: print(type(e).__name__, e)
try: gc.is_tracked(obj=1)
except Exception as e: print(type(e).__name__, e)
try: gc.enable(x=1)
except Exception as e: print(type(e).__name__, e)
gc.set_debug(0); gc.set_threshold(700,10,10)
print(gc.get_threshold(), gc.get_debug())
