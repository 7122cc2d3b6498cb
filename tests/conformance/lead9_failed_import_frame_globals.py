import gc
import sys

try:
    import mod_lead9_broken
except ValueError as e:
    err = e
    print("import failed:", e)
print("mod_lead9_broken" in sys.modules)
tb = err.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
g = tb.tb_frame.f_globals
print(tb.tb_frame.f_code.co_name, g["__name__"], g["VALUE"], type(g["keep"]).__name__)
del g, tb
print("dropping the exception")
del err
gc.collect()
print("end")
