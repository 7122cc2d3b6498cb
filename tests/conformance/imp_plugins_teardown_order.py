# A program split into modules (mod_app_plugins imports mod_app_resources):
# class decorators registering classes, module-level objects with __del__,
# a WeakSet of open resources, a module removed from sys.modules and imported
# again (a second module object), then what dies at exit and in what order
# (automatic collections off: their timing during imports is CPython's
# allocation count, see docs/scenarios.md).
import gc; gc.disable()
import sys
import mod_app_plugins as plugins
import mod_app_resources as resources
import gc

class App:
    def __init__(self):
        self.res = resources.Resource("app")
        self.plugins = [cls() for cls in plugins.registry.values()]
    def __del__(self):
        print("app: shutting down, open =", resources.open_count())

app = App()
print("open:", resources.open_count(), sorted(m for m in sys.modules if m.startswith("mod_app_")))
temp = resources.Resource("temp")
del temp
print("open after temp:", resources.open_count())
print(type(plugins).__name__, plugins.__name__, plugins.__file__.endswith("mod_app_plugins.py"))
print(sorted(k for k in vars(resources) if not k.startswith("__")))
del sys.modules["mod_app_plugins"]
print("plugins removed from sys.modules; still bound:", plugins.registry.keys() is not None)
import mod_app_plugins as again
print("re-imported is same object:", again is plugins)
print("end of app")
