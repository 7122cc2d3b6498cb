# coding: ascii
# An ASCII cookie over a non-ASCII byte: 'encoding problem: ascii'.
print('not reached')
# é
