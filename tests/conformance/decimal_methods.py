# More of Decimal (max/min with equal values and NaN, copy_sign,
# same_quantum, to_eng_string, real/imag/conjugate, is_normal,
# to_integral_exact, radix) and statistics over Decimal data (mean, median,
# variance, pvariance, mode keep Decimals).
from decimal import Decimal as D
import statistics as st
tests = ['D("1.5").max(D("2"))','D("2").min(D("1.50"))','D("1.0").max(D("1"))','D("-1.0").min(D("-1"))','D("1").max(D("NaN"))','D("1.5").copy_sign(D("-3"))','D("1.50").same_quantum(D("2.00"))','D("1E+7").to_eng_string()','D("1.23E-8").to_eng_string()','D("123E+8").to_eng_string()','D("0E+7").to_eng_string()','D("1.5").real','D("1.5").imag','D("1.5").conjugate()','D("1.5").is_normal()','D(0).is_normal()','D("2.5").to_integral_exact()','D(5).radix()',
 'st.mean([D("1.5"), D("2.25"), D("3")])','st.median([D("1"), D("3"), D("2"), D("4")])','st.variance([D("1.5"), D("2.5"), D("2.5"), D("2.75")])','st.pvariance([D("1"), D("2")])','st.mean([D("1"), 2])','st.mode([D("1"), D("1.0"), D("2")])']
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
