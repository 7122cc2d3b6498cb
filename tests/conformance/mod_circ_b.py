# The other half: sees mod_circ_a partially initialised.
import mod_circ_a
print("mod_circ_b: a has early:", hasattr(mod_circ_a, "early"), "late:", hasattr(mod_circ_a, "late"))
seen = sorted(n for n in vars(mod_circ_a) if not n.startswith("__"))
try:
    from mod_circ_a import late
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0].split(" (mod_")[0])
