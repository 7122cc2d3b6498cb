# dict's free list (Objects/dictobject.c new_dict/dict_dealloc): up to 80
# freed dicts are kept and reused without touching gc.get_count()[0];
# dict displays, dict(), comprehensions and **kwargs dicts all use it.
import gc

gc.disable()
gc.collect()
c0 = gc.get_count()[0]
d = {}
print("one dict:", gc.get_count()[0] - c0)
del d
print("freed:", gc.get_count()[0] - c0)
e = dict(a=1)
print("dict(a=1) reuses it:", gc.get_count()[0] - c0)
many = [{"k": i} for i in range(85)]
print("85 dicts:", gc.get_count()[0] - c0)
del many
print("freed 85 (80 kept) and their list:", gc.get_count()[0] - c0)
def kw(**k):
    return len(k)
for i in range(5):
    kw(x=i)
print("five **k calls:", gc.get_count()[0] - c0)
x = {i: i for i in range(3)}
print("comprehension:", gc.get_count()[0] - c0)
