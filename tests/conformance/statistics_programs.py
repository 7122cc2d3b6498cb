# Ordinary programs over data: grade statistics per student kept in a
# WeakValueDictionary of Student objects that die when dropped, a sliding
# window of sensor readings (deque) with running mean/stdev, outlier
# detection by z-score, and Fraction-valued measurements summarized
# exactly.
import statistics, weakref, gc
from collections import deque
from fractions import Fraction

class Student:
    def __init__(self, name, grades):
        self.name = name
        self.grades = grades
    def summary(self):
        g = self.grades
        return (self.name, statistics.mean(g), statistics.median(g), round(statistics.pstdev(g), 6), statistics.mode(g))
    def __del__(self):
        print("  forget", self.name)

roster = {}
by_name = weakref.WeakValueDictionary()
for name, grades in [("ada", [90, 85, 85, 100]), ("bob", [70, 75.5, 80, 65]), ("cy", [88, 92, 92, 79, 95])]:
    s = Student(name, grades)
    roster[name] = s
    by_name[name] = s
del s
for s in roster.values():
    print(s.summary())
del s
print("class mean", statistics.fmean(statistics.mean(s.grades) for s in roster.values()))
print("dropping bob")
del roster["bob"]
print(sorted(by_name))
roster.clear()
print("left", len(by_name))

window = deque(maxlen=4)
readings = [20.5, 21.0, 20.75, 35.0, 21.25, 20.5, 19.75, 21.5]
for r in readings:
    window.append(r)
    if len(window) >= 2:
        print(f"{r:6.2f} mean={statistics.mean(window):.4f} sd={statistics.stdev(window):.4f} med={statistics.median(window)}")

mu = statistics.mean(readings)
sd = statistics.pstdev(readings)
print("outliers", [x for x in readings if abs(x - mu) / sd > 2], repr(mu), repr(sd))

lengths = [Fraction(3, 4), Fraction(5, 8), Fraction(7, 8), Fraction(1, 2), Fraction(5, 8)]
print(statistics.mean(lengths), statistics.median(lengths), statistics.variance(lengths), statistics.pvariance(lengths), statistics.mode(lengths))
print(statistics.stdev(lengths), statistics.quantiles(lengths, n=4))
print(statistics.median_grouped([52, 52, 53, 54], interval=1), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
gc.collect()
print("done")
