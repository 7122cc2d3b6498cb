# json: dumps (indent, sort_keys, separators, ensure_ascii, default, cls,
# non-str keys, NaN/Infinity, allow_nan, circular references) and loads
# (hooks, parse_float/parse_int, every error message with line/column),
# dump/load through StringIO, a __dict__ passed through default.
import json
from collections import OrderedDict
data = {'name': 'Ada', 'langs': ['py', 'c'], 'age': 36, 'pi': 3.14, 'ok': True, 'none': None, 'nested': {'z': 1, 'a': [1, {'b': ()}]}, 5: 'five', 2.5: 'x', False: 0}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent='\t'))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps('héllo\n"q"'), json.dumps('héllo', ensure_ascii=False))
print(json.dumps(float('inf')), json.dumps([float('nan'), -float('inf')]), json.dumps(1e100), json.dumps(0.1))
for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float('inf'), allow_nan=False)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
class P:
    def __init__(self, x): self.x = x
print(json.dumps({'p': P(3)}, default=lambda o: o.__dict__))
print(json.dumps({'s': {1, 2}}, default=sorted))
s = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": ""}'
print(json.loads(s))
print(json.loads('  [1, 2] '), json.loads('"x"'), json.loads('12'), json.loads('-0.5'), json.loads('NaN'), json.loads('{}'), json.loads('[]'))
print(json.loads(s, object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda t: int(t) * 10))
for doc in ['', '[1,', '{"a" 1}', '{a: 1}', '[1 2]', '"abc', '[1] x', '{"a": }', '"\\x"', 'tru', '\n\n  [1,,2]', '{"a":1,}']:
    try: json.loads(doc)
    except json.JSONDecodeError as e: print(repr(doc), '->', e, e.pos, e.lineno, e.colno)
try: json.loads(5)
except TypeError as e: print(e)
import io
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(issubclass(json.JSONDecodeError, ValueError), json.dumps(json.loads(json.dumps(data))) == json.dumps(data))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E))
try: json.dumps(object(), cls=E)
except TypeError as e: print(e)
for d in ['"a\\nb"', '"\\\\u12"', '"\\\\uzzzz"', '"ab\\\\', '["a", "b']:
    try: json.loads(d)
    except json.JSONDecodeError as e: print(repr(d), e)
