import re
import itertools
import statistics
from collections import Counter
from datetime import datetime

LOG = """\
2023-05-01 10:00:01 INFO  web   GET /index.html 200 123ms
2023-05-01 10:00:02 INFO  web   GET /about 200 98ms
2023-05-01 10:00:05 WARN  db    slow query 1500ms
2023-05-01 10:01:10 ERROR web   GET /api/users 500 2301ms
2023-05-01 10:01:11 INFO  web   POST /api/login 200 340ms
2023-05-01 10:02:00 INFO  auth  user=alice login ok
2023-05-01 10:02:30 ERROR auth  user=bob login failed
2023-05-01 11:00:00 INFO  web   GET /index.html 304 12ms
2023-05-01 11:05:00 WARN  web   GET /old 301 5ms
2023-05-01 11:06:00 ERROR db    connection reset
malformed line here
2023-05-01 12:00:00 INFO  web   GET /index.html 200 140ms
"""

LINE = re.compile(r"^(?P<ts>\S+ \S+) (?P<level>[A-Z]+)\s+(?P<svc>\w+)\s+(?P<msg>.*)$")
REQ = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")

records, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S")
    records.append(d)
print(len(records), "records, bad lines:", bad)

levels = Counter(r["level"] for r in records)
print(levels.most_common())
for svc, grp in itertools.groupby(sorted(records, key=lambda r: r["svc"]), key=lambda r: r["svc"]):
    grp = list(grp)
    print(f"{svc:5} {len(grp)} {[r['level'][0] for r in grp]}")
for hour, grp in itertools.groupby(records, key=lambda r: r["ts"].hour):
    print(f"{hour:02d}h", sum(1 for _ in grp))

times = []
statuses = Counter()
for r in records:
    m = REQ.search(r["msg"])
    if m:
        times.append(int(m["ms"]))
        statuses[m["status"][0] + "xx"] += 1
print(times, dict(statuses))
print("mean", statistics.mean(times), "median", statistics.median(times),
      "stdev", round(statistics.stdev(times), 3), "pstdev", round(statistics.pstdev(times), 3))
print("mode", statistics.mode([t // 100 for t in times]), "quantiles", statistics.quantiles(times, n=4))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.fmean([1, 2, 4]))
print(statistics.variance([2.5, 3.25, 5.5]), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 2, 4]))
errs = [r for r in records if r["level"] == "ERROR"]
gaps = [(b["ts"] - a["ts"]).total_seconds() for a, b in itertools.pairwise(errs)]
print("error gaps", gaps)
print(list(itertools.accumulate(times, max)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.combinations("ABC", 2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.product("xy", repeat=2)), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 300, times)), list(itertools.dropwhile(lambda x: x < 300, times))[:2])
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
users = re.findall(r"user=(\w+) login (\w+)", LOG)
print(users, dict(users))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
