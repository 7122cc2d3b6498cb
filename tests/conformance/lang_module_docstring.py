"""The main module's docstring."""
# A module's leading string literal becomes its __doc__ before the body
# runs (compiler_body): for the main module, for imported modules, and not
# for a string that is not the first statement; __doc__ stays assignable.
print(__doc__)
import mod_documented
import mod_undocumented
print(repr(mod_documented.__doc__))
print(mod_undocumented.__doc__)
print(mod_documented.value, mod_undocumented.value)
mod_documented.__doc__ = "replaced"
print(mod_documented.__doc__)
