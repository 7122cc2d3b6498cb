# coding: utf-8
# With an explicit UTF-8 cookie a bad byte is a (unicode error) SyntaxError.
print('not reached')
x = 'Ã('
