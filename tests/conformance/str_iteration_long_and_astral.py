# Iterating a str yields its code points one by one (unicodeiter_next): astral
# characters as one item, lone surrogates as one item, a partly consumed
# iterator's __length_hint__, an exhausted one stays exhausted, and a long
# string iterates in linear time (each step reads one code point).
s = "ab\U0001F600c\ud800d" * 3
it = iter(s)
print(next(it), next(it), next(it))
print(it.__length_hint__())
print(list(it))
print(list(it), it.__length_hint__())
it2 = iter("héllo")
print(next(it2), list(it2), list(it2))
print(type(iter("x")).__name__, type(iter("é")).__name__)
print([c for c in "a\U0001F600\U0001F601b"])
long = ("xyz\U0001F600" * 25000)
count = 0
astral = 0
for ch in long:
    count += 1
    if ord(ch) > 0xFFFF:
        astral += 1
print(count, astral, len(long))
print(sum(1 for _ in "q" * 100000))
