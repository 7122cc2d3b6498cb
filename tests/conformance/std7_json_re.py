# json (dumps with indent/sort_keys/ensure_ascii/separators, loads,
# JSONDecodeError position, the TypeError for a set, a JSONEncoder
# subclass, object_hook) and re (match groups and spans, findall, sub with
# backreferences and a function, split, finditer with named groups, flags,
# escape, fullmatch, re.error).
import json, re
data = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"a": [], "b": {}}, "u": "é"}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.loads(s) == data, json.loads('[1, "a", {"b": null}]'), json.loads('3.0'), json.loads('"\\u00e9"'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps(float('inf')), json.dumps({1: 2, True: 3}))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
m = re.match(r"(\w+)@(\w+)\.com", "bob@example.com")
print(m, m.group(0), m.groups(), m.group(1, 2), m.span(2), m.start(), m.end())
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\d)", r"<\1>", "a1b2"), re.split(r"[,;]\s*", "a, b;c"))
print([m.group() for m in re.finditer(r"[A-Z]\w*", "Hello Big World")])
p = re.compile(r"(?P<key>\w+)=(?P<val>\d+)")
for mm in p.finditer("a=1 b=22"):
    print(mm.groupdict(), mm['key'], mm.lastgroup)
print(p, p.pattern, p.groups, p.groupindex, re.compile("x", re.I | re.M).flags)
print(re.sub(r"\s+", " ", "a   b \n c"), re.subn("a", "b", "aaa"), re.escape("a.b*c"), re.fullmatch(r"\d+", "123x"))
print(re.search(r"^b", "a\nb", re.M), re.search(r"(a)|(b)", "b").groups(), re.sub(r"x", lambda m: "Y", "xax"))
try:
    re.compile("(")
except re.error as e:
    print("re.error", e)
print(re.match(r"(?:a|b)+?c", "ababc").group(), re.findall(r"(a)(b)?", "aab"), re.match(r"(?i)HELLO", "hello") is not None)
