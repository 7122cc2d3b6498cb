"""A module with a docstring.

Second paragraph.
"""

value = 1
