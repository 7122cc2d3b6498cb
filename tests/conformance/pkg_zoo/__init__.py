# A package: its __init__ runs first, then submodules on demand.
print("pkg_zoo: __init__ runs as", __name__, "package", __package__)
from .animals import Cat
__all__ = ['Cat', 'keeper']
keeper = 'Alice'
