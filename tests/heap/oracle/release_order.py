# Oracle for tests/heap/release-order.test.ts: the order in which dying
# containers release what they hold (list_dealloc, tupledealloc,
# dict_dealloc, subtype_dealloc with __slots__ and 3.11 shared keys).
import gc
gc.disable()
log = []
class T:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)

def show(label, make):
    log.clear()
    x = make()
    del x
    print(label, ' '.join(log))

show('list', lambda: [T('0'), T('1'), T('2')])
show('tuple', lambda: (T('0'), T('1'), T('2')))
show('dict', lambda: {T('k0'): T('v0'), T('k1'): T('v1')})
show('nested list', lambda: [[T('0'), T('1')], [T('2'), T('3')]])

class S:
    __slots__ = ('x', 'y', '__dict__')
def mk_s():
    s = S(); s.b = T('attr-b'); s.y = T('slot-y'); s.a = T('attr-a'); s.x = T('slot-x')
    return s
show('slots then attrs', mk_s)

class K:
    pass
def mk_k1():
    k = K(); k.a = T('a'); k.b = T('b'); return k
def mk_k2():
    k = K(); k.c = T('c'); k.b = T('b'); k.a = T('a'); return k
show('first instance a,b', mk_k1)
show('second instance c,b,a', mk_k2)
def mk_k3():
    k = K(); k.d = T('d'); k.a = T('a1'); del k.a; k.a = T('a2'); return k
show('deleted and re-set a', mk_k3)

# setters: the old value is released after the new one is stored
class Old:
    def __del__(self): log.append('old dies; k.a is now ' + k.a.n)
log.clear()
k = K()
k.a = Old()
k.a = T('new')
print('instance setter', ' '.join(log))
log.clear()
l = [None]
class OldItem:
    def __del__(self): log.append('old item dies; l[0] is now ' + l[0].n)
l[0] = OldItem()
l[0] = T('new')
print('list setter', ' '.join(log))
log.clear()
class OldValue:
    def __del__(self): log.append('old value dies; d["a"] is now ' + d['a'].n)
d = {'a': OldValue()}
d['a'] = T('new')
print('dict setter', ' '.join(log))
