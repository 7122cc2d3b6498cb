# An int subclass whose comparison method returns NotImplemented: the
# reflected method of the plain int on the other side runs (long_richcompare
# takes any int), as heapq's bpo-39421 test relies on (test_heapq's
# test_comparison_operator_modifiying_heap, pure-Python heapq).
import heapq


class Evil(int):
    def __lt__(self, other):
        print('Evil.__lt__', int(self), other)
        return NotImplemented

    def __ge__(self, other):
        return NotImplemented


print(Evil(0) < 1, Evil(5) < 1, Evil(0) >= 1, 2 >= Evil(2))
print(Evil(3) < 2**70, Evil(-1) < True, sorted([Evil(3), 1, Evil(2)]))


class Shy(int):
    def __eq__(self, other):
        return NotImplemented

    __hash__ = int.__hash__


print(Shy(4) == 4, 4 == Shy(4), Shy(4) != 5, Shy(4) == 4.0)


class Clearing(int):
    def __lt__(self, other):
        heap.clear()
        return NotImplemented


heap = []
heapq.heappush(heap, Clearing(0))
try:
    heapq.heappushpop(heap, 1)
except IndexError as e:
    print('IndexError', e)
