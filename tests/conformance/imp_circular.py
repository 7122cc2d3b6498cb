# A circular import: the second module sees the first partially initialised
# (names bound before the import only), and `from a import late` fails with
# 3.11's "partially initialized module" message. Each body runs once.
import mod_circ_a
import mod_circ_b
print(mod_circ_a.late, mod_circ_b.seen)
print(mod_circ_a.mod_circ_b is mod_circ_b, mod_circ_b.mod_circ_a is mod_circ_a)
