# reversed objects over sequences without __reversed__ (tuples, str, range
# subclasses' sequences...) pickle as (reversed, (seq,), index) and
# reversed.__setstate__ puts the index back, kept within -1 .. len-1.
import pickle
import copy

data = (4, 5, 6, 7)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = reversed(data)
    back = pickle.loads(pickle.dumps(it, proto))
    print(proto, type(back).__name__, tuple(back))
    it = reversed(data)
    next(it)
    back = pickle.loads(pickle.dumps(it, proto))
    print(proto, tuple(back), tuple(it))

it = reversed('abcde')
next(it)
print(it.__reduce__())
c = copy.copy(it)
print(''.join(c), ''.join(it))

for state in (1, -5, 10, True):
    it = reversed((1, 2, 3, 4))
    it.__setstate__(state)
    print(state, it.__length_hint__(), list(it))

done = reversed((1, 2))
list(done)
print(done.__reduce__())
done.__setstate__(5)
print(list(done))

for bad in (1.5, '3', None, 2**70):
    try:
        reversed((1, 2)).__setstate__(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
