"""A module with a module-level __getattr__ and __dir__."""
VERSION = "1.0"
LOADS = []


class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return f"Config({', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))})"


def __getattr__(name):
    if name == "answer":
        LOADS.append(name)
        value = 42
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + ["answer"])
