#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-15 :
# The cookie may sit on line 2 after a comment line (vim's spelling);
# ISO-8859-15 has the euro sign at 0xA4.
print('€', hex(ord('€')))
