# A backslash continuing the last line into the end of the file:
# SyntaxError: unexpected EOF while parsing.
print('not reached')
x = 1 + \
