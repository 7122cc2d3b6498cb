# coding: latin-1
# A BOM says UTF-8, the cookie says Latin-1: 'encoding problem: iso-8859-1 with BOM'.
print('not reached')
