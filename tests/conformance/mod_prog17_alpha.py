class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a_obj = D("alpha.a_obj")
_a_private = D("alpha._a_private")
