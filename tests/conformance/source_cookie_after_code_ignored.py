x = 1
# coding: latin-1
# A cookie on line 2 after a line of code does not count: the file is
# UTF-8, and these bytes are UTF-8: é.
print(x, 'é')
