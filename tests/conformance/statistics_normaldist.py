# statistics.NormalDist without the functions that need math.erf: pdf,
# inv_cdf (Wichura's AS241) and quantiles to the last bit, zscore,
# from_samples, the arithmetic with constants and other distributions,
# equality and hashing, and the StatisticsError/TypeError cases.
from statistics import NormalDist, StatisticsError
import statistics
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print([n.pdf(x) for x in (70, 85, 100, 115.5)])
print(n.quantiles(), [round(q, 6) for q in n.quantiles(10)])
print([n.inv_cdf(p) for p in (0.001, 0.025, 0.3, 0.5, 0.9, 0.99999)])
print(n.zscore(130), NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(n + 5, n - 5, n * 2, n / 2, -n, +n, 5 + n, 10 - n, 3 * n, n + NormalDist(0, 20), n - NormalDist(10, 20))
print(n == NormalDist(100, 15), n == NormalDist(100, 15.0000001), hash(n) == hash(NormalDist(100.0, 15.0)), n == 5)
for bad in ["NormalDist(0, -1)", "NormalDist(1, 0).pdf(1)", "NormalDist(1, 0).zscore(1)", "n.inv_cdf(0)", "n.inv_cdf(1.5)", "NormalDist(0, 0).inv_cdf(0.5)", "n.overlap(5)", "NormalDist.from_samples([1])"]:
    try:
        print(bad, '->', eval(bad))
    except (StatisticsError, TypeError) as e:
        print(bad, '!!', type(e).__name__ + ':', e)
print('NormalDist' in statistics.__all__)
