# string.Template: substitute raises for missing names and bad placeholders
# (with CPython's line/col message); safe_substitute keeps an unknown $x or
# ${x} exactly as written and leaves a bad placeholder's delimiter alone.
from string import Template
t = Template("$who ${what} $$ $ ${bad $9 ${x}y $")
print(t.safe_substitute(who="w"))
print(t.safe_substitute({"what": 1, "x": 2}))
try:
    t.substitute(who=1, what=2, x=3)
except ValueError as e:
    print("ValueError", e)
print(Template("${a}x $b").safe_substitute(), Template("a $b").substitute(b=[1]))
try:
    Template("$a").substitute()
except KeyError as e:
    print("KeyError", e)
print(Template("$a $b $a").get_identifiers(), Template("$1").is_valid(), Template("$ok").is_valid())
print(Template("line1\n  $x bad: ${").safe_substitute(x="X"))
try:
    Template("line1\n  $x bad: ${").substitute(x="X")
except ValueError as e:
    print("ValueError", e)
