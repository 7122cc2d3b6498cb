"""Grade book: csv in/out, statistics, sorting, bisect grading, string formatting."""
import csv
import io
import statistics
from bisect import bisect
from collections import defaultdict, namedtuple
from operator import itemgetter

RAW = """student,course,score,weight
Ada,math,93,0.5
Ada,physics,88.5,0.5
Bob,math,71,0.5
Bob,physics,,0.5
Cy,math,55,0.5
Cy,physics,62,0.5
Dee,math,100,0.5
Dee,physics,97,0.5
"Eve, Jr.",math,84,0.5
"Eve, Jr.",physics,79.5,0.5
"""

BREAKS = [60, 70, 80, 90]
GRADES = "FDCBA"


def grade(score):
    return GRADES[bisect(BREAKS, score)]


Row = namedtuple("Row", "student course score weight")
rows, problems = [], []
for lineno, rec in enumerate(csv.DictReader(io.StringIO(RAW)), start=2):
    try:
        rows.append(Row(rec["student"], rec["course"], float(rec["score"]), float(rec["weight"])))
    except ValueError as e:
        problems.append((lineno, rec["student"], str(e)))
print("problems:", problems)
by_student = defaultdict(list)
by_course = defaultdict(list)
for r in rows:
    by_student[r.student].append(r)
    by_course[r.course].append(r.score)
report = []
for student, recs in by_student.items():
    total_w = sum(r.weight for r in recs)
    avg = sum(r.score * r.weight for r in recs) / total_w
    report.append((student, round(avg, 2), grade(avg), len(recs)))
report.sort(key=itemgetter(1), reverse=True)
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["rank", "student", "average", "grade", "n"])
for rank, rec in enumerate(report, 1):
    w.writerow([rank, *rec])
print(out.getvalue(), end="")
for course, scores in sorted(by_course.items()):
    print(f"{course:<8} n={len(scores)} mean={statistics.mean(scores):.2f} median={statistics.median(scores)} "
          f"stdev={statistics.stdev(scores):.3f} pstdev={statistics.pstdev(scores):.3f} "
          f"q={statistics.quantiles(scores, n=4)}")
all_scores = [r.score for r in rows]
print("mode of grades:", statistics.mode(grade(s) for s in all_scores), statistics.multimode([1, 1, 2, 2, 3]))
print("harmonic:", round(statistics.harmonic_mean(all_scores), 4), "geometric:", round(statistics.geometric_mean(all_scores), 4))
print("corr:", round(statistics.correlation(by_course["math"][:4], by_course["physics"][:4]), 4))
lr = statistics.linear_regression([1, 2, 3, 4], [2, 4.1, 5.9, 8.2])
print("regression:", round(lr.slope, 4), round(lr.intercept, 4))
nd = statistics.NormalDist(mu=statistics.mean(all_scores), sigma=statistics.stdev(all_scores))
print("normal:", round(nd.cdf(90), 4), round(nd.inv_cdf(0.5), 4), nd.samples(0) == [])
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["student", "grade"], extrasaction="ignore")
dw.writeheader()
dw.writerows({"student": s, "grade": g, "extra": 1} for s, _, g, _ in report)
print(out2.getvalue().replace("\r\n", "|"))
sniff = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print("sniffed delimiter:", repr(sniff.delimiter), csv.Sniffer().has_header(RAW))
print(list(csv.reader(['a,"b ""quoted""",c', "x,,'y'"], skipinitialspace=True)))
