# `...` is the Ellipsis singleton: repr, identity, its type, use as a
# placeholder body, as a default/sentinel, as a subscript key passed to
# __getitem__ (alone and in tuples), truthiness, and the SyntaxError-free
# forms people write in stubs.
def todo():
    ...

class Protocol:
    def method(self): ...
    attr = ...

print(..., Ellipsis, ... is Ellipsis, type(...), type(...).__name__, repr(...), str(...), bool(...))
print(todo(), Protocol.attr, Protocol().method(), type(...)() is ..., [..., ...], (...,), {...: 1}[...])

class Grid:
    def __getitem__(self, key):
        return key

g = Grid()
print(g[...], g[..., 0], g[1, ...], g[..., ..., 2])

def lookup(d, key, default=...):
    if default is ...:
        return d[key]
    return d.get(key, default)

print(lookup({'a': 1}, 'a'), lookup({}, 'x', None))
try:
    lookup({}, 'missing')
except KeyError as e:
    print('KeyError', e)
x = ...
x = x if x is not ... else 'replaced'
print(x, ... == ..., ... != None, hash(...) == hash(Ellipsis), isinstance(..., object))
try:
    type(...)(1)
except TypeError as e:
    print(type(e).__name__)
