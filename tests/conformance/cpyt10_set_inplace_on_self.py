# A set combined with itself (test_set's test_inplace_on_self): s -= s and
# s.difference_update(s) empty it (set_difference_update_internal checks
# for the set itself) instead of failing while iterating over it.
for op in ('|=', '&=', '-=', '^='):
    t = {1, 2, 3}
    try:
        exec('t ' + op + ' t')
        print(op, t)
    except RuntimeError as e:
        print(op, 'RuntimeError', e)
for m in ('update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):
    t = {1, 2, 3}
    try:
        getattr(t, m)(t)
        print(m, t)
    except RuntimeError as e:
        print(m, 'RuntimeError', e)
t = {1, 2, 3}
print(t.intersection(t), t.difference(t), t.symmetric_difference(t), t.union(t), t.issubset(t), t.isdisjoint(t))
t.difference_update(t, {9}); print(t)
t = {1, 2}; t.intersection_update(t, t); print(t)
t = {1, 2}; t.update(t, t); print(t)
