import gc
def gen(name, log):
    try:
        yield
    finally:
        log.append(name)
log = []
gens = [gen(i, log) for i in range(3)]
for g in gens: next(g)
gens.append(gens)
del gens
gc.collect()
print(sorted(log), len(log))
g = gen("solo", log); next(g)
g = None
print(log[-1])
