value = 2
"""Not a docstring: not the first statement."""
