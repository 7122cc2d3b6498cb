# Formatting and object lifetimes: temporaries made for f-string fields and
# nested specs die right after the field is formatted, in CPython's order.
class Temp:
    def __init__(self, name):
        self.name = name
    def __format__(self, spec):
        print(f"  format {self.name} with {spec!r}")
        return f"<{self.name}:{spec}>"
    def __repr__(self):
        print(f"  repr {self.name}")
        return f"Temp({self.name!r})"
    def __str__(self):
        return self.name.upper()
    def __del__(self):
        print(f"  del {self.name}")

class Width:
    def __init__(self, n):
        self.n = n
    def __format__(self, spec):
        print("  width formatted")
        return str(self.n)
    def __del__(self):
        print("  del width")

print("plain:", f"{Temp('a')}")
print("spec:", f"{Temp('b'):>5}")
print("nested:", f"{Temp('c'):>{Width(7)}}")
print("conversion after spec:", f"{Temp('d')!r:>{Width(12)}}")
print("str.format:", "{!r:>{}}".format(Temp("e"), Width(11)))
print("two fields:", f"{Temp('f'):x}{Temp('g'):y}")
print("format():", format(Temp("h"), "spec"))
t = Temp("kept")
s = f"{t!s:*^10}|{t:{'q'}}"
print(s)
del t
print("end")
