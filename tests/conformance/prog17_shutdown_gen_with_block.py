class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)

def reader():
    with CM("file"):
        try:
            while True:
                yield "line"
        except GeneratorExit:
            print("GeneratorExit at shutdown")
            raise

r = reader()
print(next(r))
nested = [reader()]
print(next(nested[0]))
print("end of main")
