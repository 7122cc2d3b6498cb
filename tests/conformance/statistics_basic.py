# statistics: every average and spread over ints, floats, mixed data and
# Fractions, with CPython's exact float results (exact Fraction sums, the
# correctly rounded square root), the result types (int data gives int or
# float, Fractions stay Fractions), bool data, iterators as input, nan and
# inf, and the StatisticsError / TypeError messages.
import statistics as st
from fractions import Fraction as F

sets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [1, 2.5, 3, 4.75], [0.1] * 10, [1e50, 1, -1e50] * 3,
        [F(1, 3), F(1, 6), F(1, 2)], [3, 7], [True, False, True], list(range(1, 21)), [-1.5, 2.25, -3.0, 4.5, 0.0]]
for data in sets:
    print(data[:6])
    for name in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'variance', 'pvariance', 'stdev', 'pstdev'):
        try:
            r = getattr(st, name)(data)
            print('  ', name, repr(r), type(r).__name__)
        except Exception as e:
            print('  ', name, '!!', type(e).__name__ + ':', e)

print(st.mean(iter([1, 2, 3])), st.variance(x for x in [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev(iter([1, 2, 3, 4])))
print(st.mean([1, float('nan')]), st.mean([1, float('inf')]), st.variance([1, float('inf'), 3]), st.median([3, 1, float('inf')]))
print(st.pvariance([1, 2, 3, 4], mu=2.5), st.variance([1, 2, 3, 4], xbar=2.5), st.pstdev([F(1), F(2), F(4)]), st.stdev([1, 2, 3], 2))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(iter([1, 2])), st.fmean(range(10)))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]), st.harmonic_mean([1, 0, 3]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method='inclusive'), st.quantiles([1.5, 2.5], n=3))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aabbbc'), st.mode([1, 2]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.multimode([1, 1.0, True, 2]), st.mode([(1, 2), (1, 2), (3,)]))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7.5, 9, 11.5]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
lr = st.linear_regression([1, 2, 3], [1, 2, 3])
print(lr.slope, lr.intercept, type(lr).__name__, isinstance(lr, tuple))

