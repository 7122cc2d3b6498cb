# An ordinary program (qa14 sweep): textwrap, string.Template, str methods,
# re (sub, split, groupdict, finditer),
# OrderedDict/ChainMap/deque/namedtuple, encode/decode errors; a missing
# Template key ends it.
import textwrap, string, re
from collections import OrderedDict, ChainMap, namedtuple, deque
poem = """Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;"""
print(textwrap.fill(poem, width=30))
print(textwrap.shorten(poem, width=40, placeholder=" [...]"))
print(textwrap.indent(poem, "> ", lambda l: "And" in l))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.wrap("a" * 25 + " bb ccc", 10))
print(string.capwords("hello   wORLD foo"), string.ascii_letters[:5], string.punctuation)
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.center(25, "*"), s.casefold(), s.swapcase(), s.title())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines(True))
print("abc".zfill(6), "-42".zfill(6), "x".ljust(4, ".") + "|", "tab\there".expandtabs(4), "%".join("abc"))
print("hello".partition("l"), "hello".rpartition("l"), "hello".replace("l", "L", 1), "aaa".count("aa"))
print("Hello".startswith(("He", "x")), "file.txt".endswith(".txt"), "abc".isalpha(), "12".isdigit(), "½".isnumeric(), " ".isspace(), "Ab".istitle())
print("ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "straße".casefold())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc"[::-1], "abcdef"[1:5:2], "abc" * 3)
tbl = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(tbl), tbl)
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com now"), re.split(r"\s*[,;]\s*", "a , b;c ;d"))
m = re.match(r"(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)", "2024-03-15T10:00")
print(m.group(0), m.groups(), m.groupdict(), m.span("mon"), m.start(), m.end(), m["day"], m)
print(re.findall(r"(\d+)([a-z])", "12a 3b 456c"), [x.group() for x in re.finditer(r"\b\w{4}\b", poem)][:5])
print(re.fullmatch(r"[A-Z][a-z]+", "Hello"), re.search(r"^And", poem, re.M).start(), re.subn(r"o", "0", "foo boo"))
print(re.escape("a.b*c"), re.compile(r"\d+", re.I), re.sub(r"(?i)HELLO", "bye", "Hello hello"))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm.new_child({"c": 4}), cm.parents)
d = deque(range(10), maxlen=5)
d.rotate(2)
print(d, d.maxlen)
d.appendleft(-1)
print(d, d.count(8), d.index(9))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
print(Emp("a", "b"), Emp._make(["x", "y", 5]))
print(f"{'|'.join(w.capitalize() for w in poem.split()[:6])}")
print(ord("€"), chr(8364), "€".encode(), "naïve".encode("latin-1"), b"caf\xc3\xa9".decode(), ascii("héllo"), repr("tab\t\"q'"), repr('it\'s'))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(string.Template("$x").substitute({}))
