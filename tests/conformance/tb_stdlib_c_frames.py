# Tracebacks through stdlib code that CPython writes in C (deque, OrderedDict,
# functools.reduce/partial/lru_cache, itertools, operator, heapq, bisect,
# io.StringIO) show only the Python frames: the C function adds no entry,
# and a callback's f_back is the Python caller.
import traceback, sys, functools, itertools, operator, heapq, bisect, io
from collections import deque, OrderedDict, defaultdict

def show(fn):
    try:
        fn()
    except Exception:
        text = traceback.format_exc()
        print(text.replace(__file__, "FILE"))

show(lambda: deque().pop())
show(lambda: deque(maxlen=-1))
show(lambda: OrderedDict().move_to_end("k"))
show(lambda: OrderedDict(a=1).popitem(last=False) and OrderedDict().popitem())
show(lambda: functools.reduce(operator.truediv, [1, 0]))
show(lambda: functools.partial(int, "x")())

@functools.lru_cache
def parse(s):
    return int(s)
show(lambda: parse("nope"))

def bad_key(x):
    return 1 / x
show(lambda: list(itertools.groupby([1, 0], key=bad_key)))
show(lambda: list(itertools.starmap(pow, [(2, "a")])))
show(lambda: sorted([3, 1], key=operator.attrgetter("missing")))
show(lambda: operator.itemgetter(5)([1]))
show(lambda: heapq.heappop([]))
show(lambda: heapq.heappush([1], "a"))
show(lambda: bisect.insort([1, 2], "x"))
show(lambda: io.StringIO(5))
def closed():
    f = io.StringIO()
    f.close()
    f.write("x")
show(closed)

def who_called():
    frame = sys._getframe(1)
    print("caller:", frame.f_code.co_name, "back:", sys._getframe().f_back.f_code.co_name)
    return 0
functools.reduce(lambda a, b: who_called(), [1, 2])
list(map(lambda x: who_called(), [1]))
dd = defaultdict(who_called)
dd["k"]
stack = []
def record(x):
    stack.append([f.name for f in traceback.extract_stack()][-3:])
    return x
list(itertools.islice(map(record, itertools.count()), 1))
print(stack)
