import ntpath, genericpath, posixpath
for p in [r'C:\Users\a\file.txt', r'\\server\share\dir\x.py', 'rel/path/../x', r'C:', r'C:foo\..\bar', '']:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.normpath(p) if p else '', ntpath.isabs(p), ntpath.splitext(p))
print(ntpath.join('C:\\', 'a', 'b'), ntpath.join('a', 'D:\\b'), ntpath.join('C:a', 'b'))
print(ntpath.basename(r'a\b/c.txt'), ntpath.dirname(r'a\b/c.txt'), ntpath.normcase('A/B\\C'))
print(ntpath.commonpath([r'C:\a\b', r'C:\a\c']), ntpath.relpath(r'C:\a\b\c', r'C:\a'))
print(genericpath.commonprefix(['interstate', 'internet', 'interval']), ntpath.sep, ntpath.altsep)
print(ntpath.expandvars('no vars'), ntpath.splitroot if hasattr(ntpath, 'splitroot') else 'no splitroot')
