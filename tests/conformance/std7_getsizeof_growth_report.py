# An ordinary "how much memory does my list use" program: the capacity steps
# a list goes through while a loop appends to it and while a queue is drained
# with pop(0), a buffer emptied in chunks with del, a cache dict filling up
# and then cleared, a set of seen ids, and a list of records built by a
# comprehension versus by list(); sizes printed with sys.getsizeof.
import sys

def report(label, obj):
    print(f"{label:<28}{len(obj):>4} items {sys.getsizeof(obj):>6} bytes")

growth = []
last = None
items = []
for i in range(40):
    items.append(i * i)
    size = sys.getsizeof(items)
    if size != last:
        growth.append((len(items), size))
        last = size
print("list growth steps:", growth)

queue = list(range(25))
steps = []
while queue:
    queue.pop(0)
    steps.append(sys.getsizeof(queue))
print("drained:", sorted(set(steps), reverse=True))

buf = [0] * 64
report("buffer", buf)
while buf:
    del buf[:10]
    report("buffer after del", buf)

cache = {}
for n in range(12):
    cache[f"key{n}"] = n * 2
    if n in (0, 4, 5, 10, 11):
        report(f"cache with key{n}", cache)
cache[7] = "int key"
report("cache, mixed keys", cache)
cache.clear()
report("cache cleared", cache)

seen = set()
for ident in [3, 17, 3, 42, 8, 99, 17, 5, 64]:
    seen.add(ident)
report("seen ids", seen)

records = [{"id": i, "name": f"n{i}"} for i in range(6)]
report("records (comprehension)", records)
report("records (list())", list(records))
report("records (generator)", list(r for r in records))
report("one record", records[0])
report("record copy", dict(records[0]))
words = "the quick brown fox jumps over the lazy dog".split()
report("words", words)
report("sorted words", sorted(words))
report("unique words", set(words))
report("word lengths", {w: len(w) for w in words})
