import gc
class Model:
    def __init__(self):
        self.views = []
        self.value = 0
    def set(self, v):
        self.value = v
        for view in self.views:
            view.refresh()
    def __del__(self):
        print("model deleted")

class View:
    def __init__(self, name, model):
        self.name = name
        self.model = model
        model.views.append(self)
    def refresh(self):
        print(f"{self.name} shows {self.model.value}")
    def __del__(self):
        print(f"view {self.name} deleted")

m = Model()
View("table", m); View("chart", m)
m.set(5)
del m
print("dropped model (cycle with views)")
print("collect:", gc.collect())
print("gc.garbage:", gc.garbage)
m2 = Model()
v = View("solo", m2)
m2.views.clear()
del m2
print("after breaking cycle manually")
del v
print("end")
