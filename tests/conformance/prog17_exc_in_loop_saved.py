import gc

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Item del", self.n)

def risky(n):
    it = Item(n)
    if n % 2:
        raise ValueError(n)
    return n

errors = []
for i in range(4):
    try:
        risky(i)
    except ValueError as e:
        errors.append(e)
print("errors", [str(e) for e in errors])
errors.pop(0)
print("popped first")
for e in errors:
    e.__traceback__ = None
print("cleared tracebacks")
errors.clear()
print("end")
