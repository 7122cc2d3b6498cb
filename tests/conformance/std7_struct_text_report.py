# A text report: a table formatted with f-string alignment into
# redirect_stdout(StringIO), statistics mean/median, textwrap.indent,
# Counter tallies, string.Template over dicts, json.dumps with indent,
# printf-style and str.format specs with nested fields.
import textwrap, string, io, contextlib, json
from collections import Counter
from statistics import mean, median
records = [
    {"name": "alpha", "score": 91.5, "tags": ["x", "y"]},
    {"name": "beta", "score": 78.25, "tags": ["y"]},
    {"name": "gamma", "score": 85.0, "tags": []},
    {"name": "delta", "score": 62.75, "tags": ["x", "z", "y"]},
]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print(f"{'Name':<8}|{'Score':>8}|{'Tags':^10}|")
    print("-" * 29)
    for r in sorted(records, key=lambda r: -r["score"]):
        print(f"{r['name']:<8}|{r['score']:>8.2f}|{','.join(r['tags']) or '-':^10}|")
    scores = [r["score"] for r in records]
    print(f"mean={mean(scores):.3f} median={median(scores)} max={max(scores):e}")
report = out.getvalue()
print(report, end="")
print(textwrap.indent(report.splitlines()[0], ">> "))
tags = Counter(t for r in records for t in r["tags"])
print(", ".join(f"{t}={n}" for t, n in tags.most_common()))
tmpl = string.Template("$name scored ${score}pts")
print([tmpl.substitute(r) for r in records[:2]])
print(json.dumps(records[1], sort_keys=True, indent=1))
print("%-6s|%6.1f|%+d|%05.1f|%x" % ("ab", 3.14159, 5, 2.5, 255))
print("{0:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9), "{:,.2f}".format(1234567.891), "{:>{}}".format("r", 4))
print(f"{'nested':{'>'}{10}}", f"{3.0:g}", f"{1e-7:g}", f"{123456789:_}", f"{0.000123:.2e}", f"{-1:+05d}", f"{'x'!a}", f"{42:#o}")
