# textwrap, pprint (dicts, nested lists, dataclasses), re, string (Template
# substitute/safe_substitute keeping ${name} and bad placeholders), heapq
# and bisect with key=.
import json, random, textwrap, pprint, re, string, heapq, bisect
from dataclasses import dataclass
text = "The quick brown fox jumps over the lazy dog " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:2], textwrap.shorten(text, 40))
print(textwrap.dedent("""\
    hello
      world
    """), textwrap.indent("a\nb\n", "> "))
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)})
pprint.pprint([{"a": 1, "b": [1, 2, 3] * 5}], width=40)
@dataclass
class DC:
    name: str
    items: list
pprint.pprint(DC("n", list(range(30))))
print(pprint.pformat({"z": 1, "a": 2}, sort_dicts=False))
m = re.match(r"(?P<key>\w+)=(?P<val>\d+)", "count=42 rest")
print(m.group("key"), m["val"], m.groupdict(), m.span(), re.findall(r"\d+", "a1b22c333"))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.split(r"[,;]\s*", "a, b;c"), re.fullmatch("a+", "aaa"))
print(re.compile(r"x", re.I).search("aXb"), re.escape("a.b*c"))
print(string.ascii_lowercase, string.Template("$who likes $what").substitute(who="tim", what="pie"))
print(string.capwords("hello   world"), string.Template("${a}x").safe_substitute())
h = []; [heapq.heappush(h, x) for x in [5, 1, 4, 2]]; print(h, heapq.heappop(h), heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3], key=lambda x: -x))
print(list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 5))
a = [1, 3, 5]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 3), bisect.bisect([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
