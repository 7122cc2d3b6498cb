"""A module with state, imported by prog10 scenarios."""
import weakref

_handlers = {}
_instances = weakref.WeakSet()
loaded = []


def handler(name):
    def deco(fn):
        _handlers[name] = fn
        return fn
    return deco


def dispatch(name, *args):
    try:
        fn = _handlers[name]
    except KeyError:
        raise LookupError(f"no handler {name!r}") from None
    return fn(*args)


class Tracked:
    def __init__(self, tag):
        self.tag = tag
        _instances.add(self)

    def __del__(self):
        print(f"  [mod_prog10_registry] {self.tag} gone")


def live():
    return sorted(t.tag for t in _instances)


loaded.append(__name__)
print("mod_prog10_registry imported as", __name__)
