"""A text statistics tool."""
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""


def words(text):
    table = str.maketrans("", "", string.punctuation)
    for line in text.splitlines():
        for w in line.translate(table).lower().split():
            yield w


ws = list(words(TEXT))
counts = Counter(ws)
print("words:", len(ws), "distinct:", len(counts))
print("top 5:", counts.most_common(5))
by_len = defaultdict(list)
for w in sorted(counts):
    by_len[len(w)].append(w)
for n in sorted(by_len, reverse=True)[:4]:
    print(f"{n:2d}: {', '.join(by_len[n])}")

letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("letters:", "".join(c for c, _ in letters.most_common(8)))
vowels = sum(letters[v] for v in "aeiou")
print(f"vowel ratio: {vowels / sum(letters.values()):.3f}")

print(sorted(counts, key=lambda w: (-counts[w], w))[:8])
print(sorted(sorted(set(ws)), key=len)[-3:])
print(max(ws, key=len), min(ws, key=lambda w: (len(w), w)))

lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>2} | {line[:30]:<30} | {len(line.split()):3d}")

c2 = Counter("abracadabra")
c3 = Counter("alakazam")
print(c2 + c3)
print(c2 - c3)
print(c2 & c3, c2 | c3)
print(c2.total(), list(c2.elements())[:6])
c2.subtract(c3)
print(c2)
print(+c2, -c2)
print(TEXT.count("it was"), TEXT.title()[:20], TEXT.find("Heaven"), TEXT.rfind("we"))
print("|".join(w.center(7, "*") for w in ["a", "bb", "ccc"]))
print("x".zfill(4), "Tab\there".expandtabs(4), "  pad ".strip(), "a,b,,c".split(","))
print("Hello World".swapcase(), "hello".capitalize(), "ß".upper(), "İ".lower().encode())
print(" ".join(reversed("one two three".split())), "abc".partition("b"), "a-b-c".rpartition("-"))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{1234567.891:,.2f} {0.25:.1%} {255:#x} {255:08b} {-3.5:+.1e}")
