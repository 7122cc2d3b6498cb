# compile() of ordinary programs (an observer registry, a cache with weak
# references, a generator pipeline), each from the
# state gc.collect() leaves: the gc.get_count() delta is what CPython's
# compiler allocated and kept for them.
import gc

def cost(src):
    gc.collect()
    gc.disable()
    before = gc.get_count()[0]
    code = compile(src, "<program>", "exec")
    after = gc.get_count()[0]
    gc.enable()
    return after - before

OBSERVER = '''
import weakref

class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()

    def attach(self, observer):
        self.observers.add(observer)

    def notify(self, event):
        for observer in list(self.observers):
            observer.update(event)

class Printer:
    def update(self, event):
        print("got", event)

subject = Subject()
printer = Printer()
subject.attach(printer)
subject.notify("start")
'''

CACHE = '''
import weakref

cache = weakref.WeakValueDictionary()

def lookup(key, factory):
    value = cache.get(key)
    if value is None:
        value = factory(key)
        cache[key] = value
    return value
'''

PIPELINE = '''
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def squares(source):
    for n in source:
        yield n * n

total = sum(squares(numbers(10)))
print(total, [n for n in numbers(3)], {n: n * 2 for n in range(2)})
'''

for name, src in [("observer", OBSERVER), ("cache", CACHE), ("pipeline", PIPELINE)]:
    print(name, cost(src))
