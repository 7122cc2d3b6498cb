# A byte that is not UTF-8 without a coding cookie: SyntaxError
# 'Non-UTF-8 code starting with ...' (nothing printed, exit 1).
print('not reached')
s = 'ÿ'
