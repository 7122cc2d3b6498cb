# pprint.pprint and pformat on ordinary data: short structures on one line,
# long dicts and lists wrapped at the width, nested containers indented,
# dict keys sorted by default (sort_dicts=False keeps insertion order),
# width/indent/depth/compact options, strings split across lines.
import pprint

data = {"name": "gclab", "version": (0, 1, 0), "tags": ["gc", "weakref", "refcount"], "active": True}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, sort_dicts=False, width=40)
records = [{"id": i, "label": "item-%d" % i, "children": list(range(i))} for i in range(6)]
pprint.pprint(records)
pprint.pprint(records, width=60, compact=True)
pprint.pprint(records, depth=2)
pprint.pprint(records, indent=4, width=50)
nested = {"a": {"b": {"c": {"d": [1, 2, 3] * 5}}}, "z": set(range(12)), "f": frozenset({3, 1, 2})}
print(pprint.pformat(nested, width=50))
long_text = {"text": "lorem ipsum dolor sit amet " * 6}
pprint.pprint(long_text, width=50)
print(pprint.pformat(list(range(40)), compact=True, width=60))
print(pprint.pformat((1, [2, (3, {4: 5})]), width=10))
print(pprint.pformat([]), pprint.pformat({}), pprint.pformat(()), pprint.pformat((1,)))
print(pprint.isreadable(data), pprint.isrecursive(data), pprint.saferepr(data))
