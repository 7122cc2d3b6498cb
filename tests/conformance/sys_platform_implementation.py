# sys.platform, byteorder, hexversion, warnoptions and sys.implementation as
# programs read them (gclab names itself in implementation.name; the
# version it reports is the CPython 3.11.7 it simulates).
import sys
print(sys.platform, sys.byteorder, hex(sys.hexversion), sys.warnoptions, repr(sys.executable) in ("''", repr(sys.executable)))
print(sys.implementation.name in ('cpython', 'gclab'), sys.implementation.version[:2], sys.implementation.hexversion == sys.hexversion)
