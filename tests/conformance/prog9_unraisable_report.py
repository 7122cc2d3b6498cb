"""What sys.unraisablehook's default prints for an exception nobody can
catch -- raised by __del__, a weakref callback, a generator's finally on
close -- is the traceback and one line
"Type: str(value)": no "During handling of the above exception" chain
even when the exception has a __context__ or __cause__, no __notes__, an
exception group's line only, the module left out for builtins and
__main__ (kept for others), and ": " even when str(value) is empty. The
report goes to the current sys.stderr, here a StringIO whose addresses
are blanked out."""
import io
import re
import sys
import weakref
import json


class Custom(Exception):
    pass


class Dies:
    def __init__(self, exc, chain):
        self.exc = exc
        self.chain = chain

    def __del__(self):
        if self.chain == "context":
            try:
                {}["missing"]
            except KeyError:
                raise self.exc
        elif self.chain == "cause":
            raise self.exc from ValueError("the cause")
        raise self.exc


def run(label, make):
    buf = io.StringIO()
    old, sys.stderr = sys.stderr, buf
    try:
        make()
    finally:
        sys.stderr = old
    print(f"--- {label}")
    print(re.sub(r"0x[0-9a-f]+", "0x?", buf.getvalue()).replace(__file__, "FILE"), end="")


noted = ValueError("noted")
noted.add_note("a note that is not shown")
cases = [
    ("empty ValueError", ValueError(), "context"),
    ("custom in __main__", Custom("custom"), "context"),
    ("with a cause", RuntimeError("effect"), "cause"),
    ("with notes", noted, None),
    ("group", ExceptionGroup("grp", [TypeError("t"), KeyError("k")]), None),
    ("empty KeyError", KeyError(), None),
    ("module-qualified", json.JSONDecodeError("bad", "{", 0), None),
]
for label, exc, chain in cases:
    def make(exc=exc, chain=chain):
        d = Dies(exc, chain)
        del d
    run(label, make)


def callback(ref):
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise LookupError("from callback") from e


class Target:
    pass


def weak_case():
    t = Target()
    r = weakref.ref(t, callback)
    del t


run("weakref callback", weak_case)


def gen():
    try:
        yield 1
    except GeneratorExit:
        raise OSError(2, "closing failed")


def gen_case():
    g = gen()
    next(g)
    del g


run("generator closed on death", gen_case)


print("end")
