# statistics' errors: StatisticsError for empty or too small data, bad
# weights and constant inputs, TypeError for data it cannot coerce (str,
# complex, Fraction mixed with float in variance), and the exception's
# place in the hierarchy.
import statistics as st
from fractions import Fraction as F

errors = ["st.mean([])", "st.fmean([])", "st.median([])", "st.median_low([])", "st.median_high([])", "st.median_grouped([])",
          "st.mode([])", "st.variance([1])", "st.stdev([1])", "st.pvariance([])", "st.pstdev([])", "st.mean(['a', 'b'])",
          "st.mean([1, 'a'])", "st.variance([F(1), 1.5, 2])", "st.mean([F(1, 2), 0.5])", "st.fmean([1, 2], weights=[1])", "st.fmean([1, 2], weights=[1, -1])",
          "st.harmonic_mean([])", "st.harmonic_mean([-1, 2])", "st.harmonic_mean(['a'])", "st.geometric_mean([1, 0])", "st.geometric_mean([])",
          "st.quantiles([1])", "st.quantiles([1, 2], n=0)", "st.quantiles([1, 2], method='x')", "st.covariance([1, 2], [1])", "st.correlation([1, 1, 1], [1, 2, 3])",
          "st.linear_regression([1, 1], [2, 3])", "st.mean(5)", "st.mean([1j, 2j])"]
for e in errors:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__ + ':', ex)
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__module__, all(n in dir(st) for n in ("mean", "fmean", "median", "mode", "multimode", "stdev", "pstdev", "variance", "pvariance", "StatisticsError")))
