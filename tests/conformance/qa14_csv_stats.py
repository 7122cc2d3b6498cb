# An ordinary program (qa14 sweep): csv.DictReader/writer over StringIO,
# statistics, json dumps/loads and their errors; statistics.mean([]) ends it
# uncaught.
import csv, io, json, statistics
from collections import defaultdict
raw = """name,subject,score
Ana,math,91
Ben,math,78
Ana,physics,85
Cleo,math,66
Ben,physics,
Cleo,physics,99.5
Dan,math,abc
"""
reader = csv.DictReader(io.StringIO(raw))
scores = defaultdict(dict)
errors = []
for lineno, row in enumerate(reader, 2):
    try:
        scores[row["name"]][row["subject"]] = float(row["score"])
    except ValueError as e:
        errors.append((lineno, str(e)))
print(dict(scores))
print(errors)
for name, subj in sorted(scores.items()):
    vals = list(subj.values())
    print(f"{name:<5} avg={statistics.mean(vals):6.2f} best={max(subj, key=subj.get)}")
all_scores = [v for s in scores.values() for v in s.values()]
print(statistics.median(all_scores), round(statistics.stdev(all_scores), 3), statistics.mode([1, 2, 2, 3]), statistics.quantiles(all_scores, n=4))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
w.writerow(["name", "note"])
w.writerow(["x", 'said "hi", left'])
w.writerow(["y", "multi\nline"])
print(out.getvalue(), end="")
print(json.dumps(scores, indent=2, sort_keys=True))
print(json.dumps({"a": [1, 2.5, None, True], "b": "é"}, ensure_ascii=False), json.dumps([float("inf")]), json.loads('{"x": [1, {"y": null}]}'))
print(json.dumps({1: 2, (1): 3}), json.dumps("tab\t"), json.loads("1e400"), json.dumps({"k": 1}, separators=(",", ":")))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
try:
    json.loads("{'a': 1}")
except json.JSONDecodeError as e:
    print(e, e.pos)
statistics.mean([])
