import gc
gc.collect()
gc.disable()
class C: pass
def loop():
    c = C(); c.me = c
loop()
print("gen0", gc.collect(0))
loop()
gc.collect(0) if False else None
print("gen1", gc.collect(1))
loop(); loop()
print("gen2", gc.collect(2))
print("again", gc.collect())
gc.enable()
