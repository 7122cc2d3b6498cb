# Windows line endings: CRLF is read as a newline everywhere,
# including inside triple-quoted strings and after a backslash.
x = 1 + \
    2
s = '''a
b'''
print(x, repr(s))
