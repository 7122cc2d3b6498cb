# A module with __all__: `from mod_star_all import *` takes exactly these names.
__all__ = ['public', '_listed_private']
public = 'public'
_listed_private = 'private but listed'
unlisted = 'not in __all__'
