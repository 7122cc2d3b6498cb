# A submodule of pkg_zoo, imported relatively by the package __init__.
print("pkg_zoo.animals: runs as", __name__, "package", __package__)

class Cat:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del Cat", self.name)
