# An ordinary program: a generic lru_cache-backed loader releasing what it
# cached on cache_clear, a typing.NamedTuple, Protocol/TypeVar annotations,
# string.Template, textwrap, io.StringIO, json round trips and errors,
# and datetime.
import functools, weakref, gc, typing, string, textwrap, io, json, datetime
from typing import NamedTuple, Optional, Protocol, TypeVar, Generic

T = TypeVar('T')

class Cache(Generic[T]):
    def __init__(self, loader: typing.Callable[[str], T], size: int = 2):
        self.loader = loader
        self.get = functools.lru_cache(maxsize=size)(self._get)
    def _get(self, key: str) -> T:
        print('load', key)
        return self.loader(key)

class Blob:
    def __init__(self, key): self.key = key
    def __repr__(self): return f'Blob({self.key})'
    def __del__(self): print('del', self.key)

c = Cache(Blob)
print(c.get('a'), c.get('b'), c.get('a'), c.get('c'))
print(c.get.cache_info())
c.get.cache_clear()
print('cleared')
del c
gc.collect()
print('cache gone')

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.norm(), p._replace(y=0), Point._fields, Point.__annotations__)

class Greeter(Protocol):
    def greet(self) -> str: ...
print(typing.get_type_hints(Cache._get), Optional[int], typing.List[int])

tmpl = string.Template('$who likes $what')
print(tmpl.substitute(who='tim', what='kung pao'), tmpl.safe_substitute(who='x'))
print(string.capwords('hello world'), textwrap.fill('The quick brown fox jumps over the lazy dog', 15))
print(textwrap.dedent('''\
    a
      b
'''), textwrap.shorten('Hello  world, this is long', width=15))
buf = io.StringIO()
print('line1', file=buf)
buf.write('line2\n')
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print([l for l in buf])
data = {'a': [1, 2.5, None, True], 'b': {'c': 'd'}}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data, json.dumps('é'), json.dumps('é', ensure_ascii=False))
try:
    json.loads('{bad}')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e.msg, e.pos)
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), d.weekday(), datetime.datetime(2024, 1, 1, 12, 30).strftime('%Y-%m-%d %H:%M'))
