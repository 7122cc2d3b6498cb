# Context chains and object lifetimes: replacing an exception's __context__
# drops the old context (it dies at once when nothing else holds it), and
# cutting a cycle in the chain lets the exceptions die by reference counting
# instead of waiting for the cycle collector.
import gc
import weakref

class Tracked(Exception):
    def __del__(self):
        print("del", self.args[0])

def reraise_with_new_context():
    stored = None
    try:
        try:
            raise Tracked("old context")
        except Tracked:
            raise Tracked("stored")
    except Tracked as e:
        stored = e
    print("stored has context:", stored.__context__.args[0])
    try:
        try:
            raise Tracked("new context")
        except Tracked:
            raise stored
    except Tracked as e:
        print("now:", e.__context__.args[0])
    print("leaving")

gc.disable()
reraise_with_new_context()
print("after reraise")

def cycle_cut():
    try:
        try:
            raise Tracked("first")
        except Tracked as first:
            try:
                raise Tracked("second")
            except Tracked:
                raise first
    except Tracked as e:
        print("first's context:", e.__context__.args[0], "second's context:", e.__context__.__context__)
    print("leaving cycle_cut")

cycle_cut()
print("after cycle_cut, collected:", gc.collect() >= 0)
gc.enable()
