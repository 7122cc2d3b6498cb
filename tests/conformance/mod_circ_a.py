# Half of a circular import: imports mod_circ_b, which imports this module back.
print("mod_circ_a: start")
early = "defined before the import"
import mod_circ_b
late = "defined after the import"
print("mod_circ_a: end, b sees", mod_circ_b.seen)
