# ChainMap (lookups through the maps, writes to the first, new_child,
# parents, |, errors) and the User* wrappers (UserDict with __missing__,
# UserString methods return the subclass),
# all registered with collections.abc as python3 registers them.
from collections import ChainMap, UserDict, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap({}, env, defaults)
print(cm['user'], cm['color'], cm.get('missing', '-'), len(cm), sorted(cm), list(cm))
cm['color'] = 'blue'
print(cm.maps[0], cm)
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], len(child.maps))
print(child.new_child(debug=True).maps[0])
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap().popitem()
except KeyError as e:
    print('KeyError', e)
print(cm.pop('color'), 'color' in cm, cm['color'])
print(ChainMap({'a': 1}) | {'b': 2}, {'z': 0} | ChainMap({'a': 1}))
print(ChainMap.fromkeys('ab', 0), ChainMap(), bool(ChainMap({})), isinstance(cm, MutableMapping))
r = ChainMap()
r.maps.append(r)
print(r)

class Config(UserDict):
    def __missing__(self, key):
        return f'<{key}>'

c = Config(a=1)
c['b'] = 2
print(c, c['a'], c['zz'], len(c), 'b' in c, c.get('zz'), c.data)
print(c | {'q': 9}, type(c | {'q': 9}).__name__, Config.fromkeys('xy', 0))
cc = c.copy()
cc['new'] = 1
print(c, cc, type(cc).__name__, isinstance(c, MutableMapping), isinstance(c, dict))

class Name(UserString):
    pass
n = Name('  Ada Lovelace ')
s = n.strip()
print(repr(s), type(s).__name__, s.upper(), s.lower().split(), len(s), 'Ada' in s, s + '!', '>' + s)
print(s.replace('Ada', 'A.'), s.startswith('Ada'), s.find('Love'), s.center(16, '*'), s * 2, s.count('a'))
print(s == 'Ada Lovelace', s < 'B', hash(s) == hash('Ada Lovelace'), str(s), isinstance(s, Sequence), isinstance(s, str))
print(list(Name('abc')), Name('a-b').partition('-'), Name('%s!') % 'hi', Name('x').zfill(3), Name('{0}{0}').format(7))
