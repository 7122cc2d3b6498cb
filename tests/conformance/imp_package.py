# A package folder with __init__.py: the package runs first, a relative import
# inside it loads a submodule, `import pkg.sub` binds the package and sets the
# submodule as its attribute, `from pkg import sub` imports a submodule on demand.
import sys
import pkg_zoo
print(pkg_zoo.keeper, pkg_zoo.Cat.__module__, pkg_zoo.__package__)
print(sorted(k for k in sys.modules if k.startswith('pkg_zoo')))
print('food' in vars(pkg_zoo))
import pkg_zoo.food
print(pkg_zoo.food.menu, 'food' in vars(pkg_zoo))
import pkg_zoo.food as f2
print(f2 is pkg_zoo.food)
from pkg_zoo import animals, food
print(animals.__name__, food.__name__, food.__package__)
from pkg_zoo import *
print(keeper, Cat is animals.Cat)
c = Cat('Tom')
print(isinstance(pkg_zoo.__path__, list), pkg_zoo.__file__.endswith('__init__.py'))
try:
    from pkg_zoo import no_such_submodule
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
try:
    import pkg_zoo.no_such_submodule
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
print("end of script")
