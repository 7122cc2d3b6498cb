# sys.stdout.writelines (_IOBase.writelines): every item of any iterable goes
# to self.write, a non-str item is write()'s TypeError after the items before
# it were written; difflib's generators are the usual argument.
import sys, difflib
sys.stdout.writelines(["a\n", "b", "c\n"])
sys.stdout.writelines(x + "\n" for x in "xyz")
sys.stdout.writelines([])
print(sys.stdout.line_buffering, sys.stdout.newlines)
for bad in [5, ["ok\n", 3], [b"x"]]:
    try:
        sys.stdout.writelines(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.stdout.writelines()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.writelines(["x"])
except Exception as e:
    print(type(e).__name__, e)
sys.stderr.writelines(["to stderr\n"])
old = "one\ntwo\nthree\nfour\n".splitlines(keepends=True)
new = "one\n2\nthree\nfour\nfive\n".splitlines(keepends=True)
sys.stdout.writelines(difflib.unified_diff(old, new, fromfile="a.txt", tofile="b.txt"))
sys.stdout.writelines(difflib.ndiff(["apple\n", "pear\n"], ["apple\n", "peer\n"]))
class Lines:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield f"line {i}\n"
        print("(iterator finished)")
sys.stdout.writelines(Lines(2))
