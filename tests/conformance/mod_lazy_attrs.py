import weakref
_cache = {}
def __getattr__(name):
    print("module __getattr__", name)
    if name.startswith("item_"):
        return _cache.setdefault(name, object())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["item_a", "item_b"]
class Holder:
    def __del__(self):
        print("mod_lazy_attrs Holder del; _cache is", type(_cache).__name__)
h = Holder()
