import sys, warnings, gc
async def corofn():
    pass
print(sys.get_coroutine_origin_tracking_depth())
c = corofn(); print(c.cr_origin); c.close()
sys.set_coroutine_origin_tracking_depth(1)
c = corofn()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin]); c.close()
def a1():
    return corofn()
def a2():
    return a1()
sys.set_coroutine_origin_tracking_depth(2)
c = a2()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin]); c.close()
sys.set_coroutine_origin_tracking_depth(100)
c = a2()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin]); c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print('ValueError', e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(depth=1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    a1()
    gc.collect()
print([str(m.message).replace(__file__, 'FILE') for m in w])
sys.set_coroutine_origin_tracking_depth(0)
try:
    c.cr_origin = 1
except AttributeError as e:
    print(e)
