# CPU-bound: string building and str methods (join, split, upper, replace,
# f-strings, slicing, `in`), the text-processing loop of ordinary scripts.
N = 120000

words = []
for i in range(N):
    w = f"w{i % 97}x{i % 13}"
    if i % 3 == 0:
        w = w.upper()
    words.append(w)
text = " ".join(words)
parts = text.split(" ")
count = 0
total = 0
for p in parts:
    q = p.lower().replace("x", "-")
    if q.startswith("w1") and "-" in q:
        count += 1
    total += len(q[1:-1])
lines = []
for i in range(N // 10):
    lines.append("%d:%s" % (i, parts[i].strip()))
print("strings", len(text), count, total, len(",".join(lines)))
