"""A tiny spreadsheet: formula cells, dependency invalidation via weak refs."""
import weakref
import gc
import re
from functools import reduce
import operator

REF = re.compile(r"\b([A-Z])(\d+)\b")


class Cell:
    __slots__ = ("name", "sheet", "_raw", "_value", "_dirty", "dependents", "__weakref__")

    def __init__(self, sheet, name):
        self.sheet = weakref.ref(sheet)
        self.name = name
        self._raw = None
        self._value = None
        self._dirty = True
        self.dependents = weakref.WeakSet()

    def __repr__(self):
        return f"Cell({self.name}={self._raw!r})"

    def __del__(self):
        print(f"  [gc] cell {self.name} freed")

    def set(self, raw):
        self._raw = raw
        self.invalidate()

    def invalidate(self, depth=0):
        self._dirty = True
        for dep in sorted(self.dependents, key=lambda c: c.name):
            print("  " * (depth + 1) + f"invalidate {dep.name}")
            dep.invalidate(depth + 1)

    @property
    def value(self):
        if self._dirty:
            self._value = self._compute()
            self._dirty = False
        return self._value

    def _compute(self):
        raw = self._raw
        if isinstance(raw, str) and raw.startswith("="):
            sheet = self.sheet()
            expr = raw[1:]
            env = {}
            for col, row in REF.findall(expr):
                ref = sheet[col + row]
                ref.dependents.add(self)
                env[col + row] = ref.value
            if expr.startswith("SUM(") and expr.endswith(")"):
                names = [n.strip() for n in expr[4:-1].split(",")]
                return reduce(operator.add, (env[n] for n in names), 0)
            return eval(expr, {"__builtins__": {}}, env)
        return raw


class Sheet:
    def __init__(self, title):
        self.title = title
        self.cells = {}

    def __getitem__(self, name):
        try:
            return self.cells[name]
        except KeyError:
            cell = self.cells[name] = Cell(self, name)
            return cell

    def __setitem__(self, name, raw):
        self[name].set(raw)

    def __delitem__(self, name):
        del self.cells[name]

    def show(self):
        for name in sorted(self.cells):
            c = self.cells[name]
            try:
                v = c.value
            except Exception as e:
                v = f"#ERR {type(e).__name__}: {e}"
            print(f"  {name:>3} | {str(c._raw):<14} | {v}")


s = Sheet("budget")
s["A1"] = 10
s["A2"] = 32
s["A3"] = "=A1 + A2"
s["B1"] = "=A3 * 2"
s["B2"] = "=SUM(A1, A2, B1)"
s["C1"] = "=B2 / (A1 - 10)"
print("initial:")
s.show()
print("set A1 = 11")
s["A1"] = 11
s.show()
print("dependents of A1:", sorted(c.name for c in s["A1"].dependents))
print("drop C1:")
del s["C1"]
print("dependents of B2:", sorted(c.name for c in s["B2"].dependents))
print("weak count of A3:", weakref.getweakrefcount(s["A3"]))
print("collected:", gc.collect())
print("total:", sum(c.value for c in s.cells.values()))
del s
print("after del sheet, collect:", gc.collect() > 0)
print("done")
