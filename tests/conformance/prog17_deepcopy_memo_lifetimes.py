import copy, gc

class N:
    def __init__(self, name):
        self.name = name
        self.kids = []
    def __del__(self):
        print("del", self.name)
    def __deepcopy__(self, memo):
        print("deepcopy", self.name)
        new = N(self.name + "'")
        memo[id(self)] = new
        new.kids = copy.deepcopy(self.kids, memo)
        return new

root = N("root")
root.kids.append(N("kid"))
clone = copy.deepcopy(root)
print("cloned", clone.name, [k.name for k in clone.kids])
del clone
print("dropped clone")
shallow = copy.copy(root)
print(shallow.kids is root.kids)
del shallow
print("dropped shallow")
del root
print("end")
