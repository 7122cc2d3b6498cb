# statistics (means, medians, modes, deviations, quantiles, NormalDist,
# correlation/covariance/linear_regression, StatisticsError) and random
# with a seed: Mersenne Twister streams for
# random/randint/choice/shuffle/sample/choices/distributions, Random
# instances, string seeds, getstate/setstate, randbytes, the errors.
import statistics as st, random
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode("aabbc"), st.fmean([1, 2, 4]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 4]))
print(st.quantiles(range(1, 11), n=4), st.median_grouped([1, 2, 2, 3]), st.mean([1.5, 2.5]), st.mean([1, 2]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.5), nd.pdf(100), nd.mean, nd.stdev, nd.overlap(st.NormalDist(110, 15)))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 6]))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2), random.randrange(0, 100, 5))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.choices("abc", k=5), random.choices("ab", weights=[1, 9], k=4))
print(random.gauss(0, 1), random.getrandbits(16), random.triangular(0, 10), random.betavariate(2, 3), random.expovariate(1.5))
r = random.Random(7); print(r.random(), r.randint(0, 9), r.choice([1, 2, 3]))
random.seed("hello"); print(random.random())
state = random.getstate(); a = random.random(); random.setstate(state); print(a == random.random())
random.seed(1); print([random.randint(1, 6) for _ in range(10)], random.normalvariate(5, 2), random.lognormvariate(0, 1), random.vonmisesvariate(1, 1))
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError", e)
print(random.sample(["x", "y", "z"], k=3), random.randbytes(4))
