# CPU-bound: dict and list heavy code (counting, grouping, get/setdefault,
# items(), sorting by key, list append/index/pop), no classes.
N = 200000

counts = {}
groups = {}
for i in range(N):
    k = (i * 31) % 1009
    counts[k] = counts.get(k, 0) + 1
    groups.setdefault(k % 17, []).append(i)
pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
stack = []
acc = 0
for i in range(N):
    stack.append(i)
    if len(stack) > 8:
        acc += stack.pop(0) + stack[-1]
lookup = {str(i): i for i in range(1000)}
hits = 0
for i in range(N):
    if str(i % 1500) in lookup:
        hits += 1
print("dicts", len(counts), pairs[0], len(groups[3]), acc, hits)
