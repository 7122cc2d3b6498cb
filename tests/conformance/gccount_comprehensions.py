# Comprehensions: the function object of the comprehension is made and
# freed at each evaluation; the result list, dict or set is counted unless
# a free list gives it back.
import gc
gc.disable()  # only the counts: no automatic collection

gc.collect()
r = [gc.get_count()[0]]
a = [i for i in range(3)]
r.append(gc.get_count()[0])
b = {i: i for i in range(3)}
r.append(gc.get_count()[0])
c = {i for i in range(3)}
r.append(gc.get_count()[0])
del a, b
d = [[j] for j in range(4)]
r.append(gc.get_count()[0])
print([x - r[0] for x in r])
