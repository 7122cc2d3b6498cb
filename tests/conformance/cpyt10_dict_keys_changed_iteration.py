# A dict whose key is deleted and added again inside a loop over it keeps
# its size, but the loop meets one entry more than the dict had when it
# started: CPython's iterator counts them down (di->len) and raises
# "dictionary keys changed during iteration" (test_dict's
# test_mutating_iteration_delete*). The reverse iterators do not check.
import gc


def attempt(label, make_iter, d):
    seen = []
    try:
        for x in make_iter(d):
            seen.append(x)
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print(label, 'RuntimeError:', e, seen)
    else:
        print(label, 'finished', seen)


attempt('keys', iter, {0: 0})
attempt('values', lambda d: iter(d.values()), {0: 0})
attempt('items', lambda d: iter(d.items()), {0: 0})
attempt('two keys', iter, {0: 0, 1: 1})
attempt('reversed', reversed, {0: 0})

# The failed iterator has let go of its dict.
d = {0: 'a'}
it = iter(d)
next(it)
del d[0]
d[0] = 'b'
try:
    next(it)
except RuntimeError as e:
    print(e, gc.get_referents(it))
print(list(it))

# Changing a value, or a key for an equal one, is fine.
d = {0: 0, 1: 1}
for k in d:
    d[k] = k * 10
print(d)
