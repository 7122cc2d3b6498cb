# json as programs use it: dumps options (indent, sort_keys, separators,
# ensure_ascii, default=, skipkeys), loads hooks, and the errors with
# CPython's messages and positions (JSONDecodeError, circular reference).
import json, random, textwrap, pprint, re, string, heapq, bisect
from dataclasses import dataclass
data = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"b": 1, "a": [1, {"z": "é"}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9"}'))
class P:
    def __init__(self, x): self.x = x
def enc(o):
    if isinstance(o, P): return {"P": o.x}
    raise TypeError(f"bad {type(o).__name__}")
print(json.dumps([P(1), P([2])], default=enc))
for bad in ['{"a": 1,}', '[1, 2', 'nul', '{"a" 1}', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1: object()})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({1: 2, 2.5: 1, None: 0, True: 1}))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 2]", parse_float=str))
