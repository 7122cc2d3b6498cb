# dict's no-argument methods (keys, values, items, copy, clear, popitem)
# reject arguments with METH_NOARGS's message naming dict.
d = {1: 2}
for m in (d.keys, d.values, d.items, d.copy, d.clear, d.popitem):
    try:
        m(None)
    except TypeError as e:
        print(e)
print(list(d.keys()), list(d.values()), list(d.items()))
