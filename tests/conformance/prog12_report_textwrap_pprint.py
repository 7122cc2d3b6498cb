"""textwrap / string.Template / pprint reporting."""
import textwrap
import pprint
from string import Template, Formatter, ascii_uppercase, capwords
from collections import OrderedDict

lorem = ("Garbage collection in CPython combines reference counting with a "
         "generational cycle detector. Objects whose count drops to zero are freed "
         "immediately, while unreachable cycles wait for the collector.")

print(textwrap.fill(lorem, width=40))
print(textwrap.fill(lorem, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(lorem, width=60, placeholder=" [...]"))
print(textwrap.wrap("a b c d e f g", 3))
block = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("line1\nline2\n\nline4", "> "))
print(textwrap.indent("x\ny", "+ ", predicate=lambda l: l.startswith("y")))

tmpl = Template("Dear $name,\nyour balance is $$${amount}. Ref: ${ref}_x")
print(tmpl.substitute(name="Ada", amount="12.50", ref="R1"))
print(tmpl.safe_substitute({"name": "Bob"}))
try:
    tmpl.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("$1bad").substitute()
except ValueError as e:
    print("ValueError", e)


class PctTemplate(Template):
    delimiter = "%"


print(PctTemplate("100%pct of %who").substitute(pct="", who="us"))
print(list(Formatter().parse("a {0:>5} b {name!r} c")))
print(capwords("hello   world-wide web"), ascii_uppercase[:5])

data = {
    "project": "gclab",
    "modules": ["heap", "gc", "weakref", "lang", "cli", "viz", "testing"],
    "stats": {"scenarios": 2272, "passing": 2272, "ratio": 1.0, "nested": {"deep": [1, 2, {"x": (3, 4)}]}},
    "tags": frozenset({1, 2}),
    "ordered": OrderedDict(b=1, a=2),
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.saferepr({"self": None}), pprint.isreadable([1, 2]), pprint.isrecursive([]))
rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
w = [max(len(str(r[i])) for r in rows) for i in range(3)]
for i, r in enumerate(rows):
    print(f"{r[0]:<{w[0]}} | {r[1]:>{w[1]}} | {r[2]:>{w[2]}}")
    if i == 0:
        print("-+-".join("-" * x for x in w))
print(f"{'total':<{w[0]}} | {sum(r[1] for r in rows[1:]):>{w[1]}} | {sum(r[1]*r[2] for r in rows[1:]):>{w[2]}.2f}")
