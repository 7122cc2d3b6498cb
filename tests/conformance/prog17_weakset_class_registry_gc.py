import weakref, gc

class Plugin:
    instances = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Plugin.instances.add(self)
    def __del__(self):
        print("Plugin del", self.name)

def names():
    return sorted(p.name for p in Plugin.instances)

a = Plugin("a"); b = Plugin("b"); c = Plugin("c")
b.peer = c; c.peer = b
print(names())
del a
print(names())
print("dropping b and c (cycle)")
del b, c
gc.collect()
print(names(), len(Plugin.instances))
d = Plugin("d")
for p in Plugin.instances:
    Plugin("made during iteration")
print(names())
