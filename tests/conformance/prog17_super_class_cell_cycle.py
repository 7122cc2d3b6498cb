import gc, weakref

def make():
    class Base:
        def hello(self):
            return "base"
    class Child(Base):
        def hello(self):
            return "child+" + super().hello()
    return Base, Child

B, C = make()
print(C().hello())
print(C.hello.__closure__[0].cell_contents is C)
wb = weakref.ref(B); wc = weakref.ref(C)
del B, C
gc.collect()
print("gone:", wb() is None, wc() is None)
