# Imports at __main__'s first statements leave their garbage at other
# moments of their collections than after gc.collect(): subprocess's
# import runs its generation-0 collection before two of its three
# temporary enum classes become garbage; pickle's, before none.
import gc, subprocess

print(gc.collect())
import pickle
print(gc.collect())
print(subprocess.PIPE, pickle.HIGHEST_PROTOCOL)
