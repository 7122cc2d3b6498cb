# Imported by exit_no_cycle_module: no functions or classes, so no cycle
# through this namespace. Its objects come from a class defined elsewhere.
from mod_plain_class import C
first = C("first")
pair = [C("p0"), C("p1")]
last = C("last")
del C
