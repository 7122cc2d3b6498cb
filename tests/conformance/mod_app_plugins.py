import mod_app_resources as resources
from mod_app_resources import Resource

registry = {}
def plugin(name):
    def deco(cls):
        registry[name] = cls
        cls.resource = Resource("plugin-" + name)
        return cls
    return deco

@plugin("alpha")
class Alpha:
    def __del__(self):
        print("plugins: del Alpha instance")

@plugin("beta")
class Beta:
    pass

active = Alpha()
print("plugins loaded:", sorted(registry), resources.open_count())
