# coding=cp1252
# CP1252 gives 0x80-0x9F meanings Latin-1 does not (the euro, curly quotes).
print(['€', '“', '’'], len('€“'))
