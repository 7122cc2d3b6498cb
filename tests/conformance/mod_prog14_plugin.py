# A module reloaded by prog14_reload_module_objects: its body runs again in
# the same namespace, so `loads` survives and each rebinding frees the old value.
try:
    loads += 1
except NameError:
    loads = 1

VERSION = loads


class Handler:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("Handler del", self.tag, "module version now", VERSION)


current = Handler(f"handler-v{VERSION}")
registry = [Handler(f"reg-v{VERSION}")]
print("plugin body ran, load", loads)
