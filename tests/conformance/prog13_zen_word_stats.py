# A beginner explores "import this": the Zen prints on import, then the
# script decodes the module's rot13 text itself and counts words.
import this
import codecs
from collections import Counter

zen = "".join(this.d.get(ch, ch) for ch in this.s)
print(zen == codecs.decode(this.s, "rot13"))
lines = zen.splitlines()
print(len(lines), "lines; title:", lines[0])
words = [w.strip(".,!*-'").lower() for w in zen.split()]
words = [w for w in words if w]
common = Counter(words).most_common(6)
for word, n in common:
    print(f"{word:>8} {'#' * n} {n}")
print("longest line:", max(lines, key=len))
print("lines with 'better':", sum("better" in l for l in lines))
print(this.c, this.i, len(this.d), sorted(this.d.items())[:3])
print(type(this).__name__, this.__name__, sorted(k for k in vars(this) if not k.startswith("__")))
