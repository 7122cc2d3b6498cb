# %-formatting with any mapping (PyMapping_Check): a class with
# __getitem__, a list (positional), errors.
class M:
    def __getitem__(self, k): return k.upper()
print("%(a)s-%(bc)s" % M(), "%s" % [1], "%s" % ({},), "%(x)s" % {"x": 1})
try: print("%s %s" % [1])
except TypeError as e: print(e)
try: print("%(a)s" % [1])
except TypeError as e: print(e)
