# A submodule nobody imports until asked: `import pkg_zoo.food`.
from . import animals
from .animals import Cat as C2
print("pkg_zoo.food: runs, sees animals", animals.__name__, C2.__name__)
menu = ['fish']
