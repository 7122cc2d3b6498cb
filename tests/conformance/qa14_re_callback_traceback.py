# A template expander built on re.sub with a callback: an unknown variable
# raises KeyError inside the callback, and m.group() of a missing group is
# an IndexError; _sre's Pattern.sub and Match.group are C, so the
# tracebacks show only the program's frames.
import re
import traceback


def report():
    print(traceback.format_exc().replace(__file__, "FILE"), end="")


VARS = {"user": "ann", "home": "/home/ann"}
VAR = re.compile(r"\$\{(\w+)\}|\$(\w+)")


def expand(text, env):
    def lookup(m):
        name = m.group(1) or m.group(2)
        return env[name]
    return VAR.sub(lookup, text)


for line in ["cd ${home}", "echo $user at $host", "plain"]:
    try:
        print(expand(line, VARS))
    except KeyError:
        report()

m = VAR.search("x $user")
print(m.group(0), m.span(), m.groups(), m.lastindex)
try:
    m.group(3)
except IndexError:
    report()
try:
    m.group("name")
except IndexError:
    report()
try:
    re.split(",", 42)
except TypeError:
    report()
print([re.sub(r"\d+", lambda m: str(int(m.group()) * 2), s) for s in ["a1", "b22c3"]])
try:
    m.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
