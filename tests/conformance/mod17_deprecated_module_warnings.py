import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    import imghdr
    import uu
for w in log:
    print(w.category.__name__, str(w.message), w.filename == __file__, w.lineno)
print(imghdr.what(None, b'\x89PNG\r\n\x1a\n' + b'\0' * 8))
print(imghdr.what(None, b'GIF89a' + b'\0' * 8))
print(imghdr.what(None, b'nothing here'))
try:
    warnings._deprecated('thing', remove=(3, 10))
except RuntimeError as e:
    print('RuntimeError', e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    def user():
        warnings._deprecated('feature', "{name!r} goes away in {remove}", remove=(3, 14))
    user()
print([str(w.message) for w in log])
