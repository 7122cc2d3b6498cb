"""Module-level state across imports: handler registry, reload-free singletons."""
import sys
import mod_prog10_registry
import mod_prog10_registry as again
from mod_prog10_registry import handler, dispatch, Tracked, live


@handler("add")
def add(a, b):
    return a + b


@handler("greet")
def greet(name):
    return f"hello {name}"


print(mod_prog10_registry is again, mod_prog10_registry.loaded, "mod_prog10_registry" in sys.modules)
print(dispatch("add", 2, 3), dispatch("greet", "ann"))
try:
    dispatch("nope")
except LookupError as e:
    print("LookupError:", e, e.__cause__, e.__suppress_context__)
a = Tracked("a")
b = Tracked("b")
print(live())
del a
print(live())
print(sorted(mod_prog10_registry._handlers), mod_prog10_registry.__name__, mod_prog10_registry.__doc__)
print([n for n in dir(mod_prog10_registry) if not n.startswith("_")])
keep = Tracked("kept-until-exit")
print("end of main")
