# Timer.autorange() ends (the simulated clock charges each step the timed
# loop runs) with a number from 1, 2, 5, 10, 20, 50, ... and at least 0.2 s.
import timeit

calls = []
n, t = timeit.Timer('x = 1').autorange(lambda number, taken: calls.append(number))
print(type(n).__name__, type(t).__name__, t >= 0.2, calls[-1] == n, str(n).strip('0') in ('1', '2', '5'))
print(all(b > a for a, b in zip(calls, calls[1:])))
print(timeit.Timer('sorted(data)', setup='data = [3, 1, 2]').timeit(10) >= 0)
