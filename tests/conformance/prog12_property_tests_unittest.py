"""Property-based style tests written with unittest + random(seed)."""
import random
import unittest
import sys
import io


def run_length_encode(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return [(c, n) for c, n in out]


def run_length_decode(pairs):
    return "".join(c * n for c, n in pairs)


def merge_sorted(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]


def buggy_median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def forall(gen, n=100, seed=1234):
    def deco(test):
        def wrapper(self):
            rng = random.Random(seed)
            for i in range(n):
                case = gen(rng)
                with self.subTest(case=i):
                    test(self, case)
        wrapper.__name__ = test.__name__
        wrapper.__doc__ = test.__doc__
        return wrapper
    return deco


def strings(rng):
    return "".join(rng.choice("aab c") for _ in range(rng.randint(0, 12)))


def int_lists(rng):
    return sorted(rng.randint(-50, 50) for _ in range(rng.randint(0, 8)))


class RLETests(unittest.TestCase):
    @forall(strings)
    def test_roundtrip(self, s):
        """decode(encode(s)) == s"""
        self.assertEqual(run_length_decode(run_length_encode(s)), s)

    @forall(strings, n=30)
    def test_no_adjacent_repeats(self, s):
        enc = run_length_encode(s)
        for (a, _), (b, _) in zip(enc, enc[1:]):
            self.assertNotEqual(a, b)


class MergeTests(unittest.TestCase):
    @forall(lambda r: (int_lists(r), int_lists(r)), n=50, seed=7)
    def test_merge_is_sorted(self, ab):
        a, b = ab
        self.assertEqual(merge_sorted(a, b), sorted(a + b))

    def test_shuffle_is_permutation(self):
        rng = random.Random(42)
        data = list(range(20))
        rng.shuffle(data)
        self.assertCountEqual(data, range(20))
        self.assertEqual(data[:5], [15, 3, 19, 11, 13] if False else data[:5])


class MedianTests(unittest.TestCase):
    @forall(lambda r: [r.randint(0, 9) for _ in range(r.randint(1, 6))], n=40, seed=3)
    def test_median_matches_statistics(self, xs):
        import statistics
        self.assertEqual(buggy_median(xs), statistics.median(xs))

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(buggy_median([1, 2, 3, 4]), 2.5)

    @unittest.skipIf(sys.version_info < (3, 8), "old python")
    def test_skip_not_taken(self):
        self.assertTrue(True)

    @unittest.skip("demonstration")
    def test_skipped(self):
        self.fail("never")


rng = random.Random(2024)
print("sample:", rng.sample(range(100), 5), rng.random(), rng.choice(["x", "y", "z"]))
print("gauss:", round(rng.gauss(0, 1), 6), rng.uniform(1, 2), rng.randrange(0, 100, 5))
print("choices:", rng.choices("abc", weights=[5, 1, 1], k=6))
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
result = runner.run(suite)
text = stream.getvalue()
lines = [l for l in text.splitlines() if not l.startswith(("Ran ", "  File "))]
print("\n".join(lines[:60]))
print("failures:", len(result.failures), "errors:", len(result.errors),
      "skipped:", len(result.skipped), "xfail:", len(result.expectedFailures),
      "ok:", result.wasSuccessful())
