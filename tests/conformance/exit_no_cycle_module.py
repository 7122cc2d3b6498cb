# A helper module whose namespace is in no cycle dies by reference counting
# when sys.modules lets go of it (after __main__, which was imported first);
# its values are released in insertion order, and a container's in its
# dealloc order (a list last to first).
import mod_plain_values
print("end of script")
