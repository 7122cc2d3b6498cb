# coding: klingon
# An encoding CPython does not know is refused: 'encoding problem: klingon'.
print('not reached')
