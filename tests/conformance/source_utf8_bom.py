# A UTF-8 byte-order mark at the start is dropped; the cookie agrees.
# coding: utf-8
print('bom', 'é', len('😀'))
