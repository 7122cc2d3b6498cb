# str comparison is by code point, not UTF-16 code unit: a character above
# U+FFFF (an emoji) sorts after U+E000..U+FFFF, in <, >, min/max, sorted,
# list.sort, sorting dict keys, tuples of str and heapq.
import heapq

emoji = "\U0001F600"
last_bmp = "\uffff"
private = "\ue000"
print(emoji > last_bmp, emoji < last_bmp, emoji >= private, last_bmp <= emoji)
print("\U00010000" > "\uffff", "\U00010000" > "\ud7ff")
words = ["z", emoji, last_bmp, private, "a" + emoji, "a" + last_bmp, "\U0001F601", "\u4e2d"]
print([hex(ord(w[-1])) for w in sorted(words)])
print([hex(ord(w[-1])) for w in sorted(words, reverse=True)])
copy = list(words)
copy.sort()
print(copy == sorted(words))
print(hex(ord(max(words)[-1])), hex(ord(min(words, key=lambda w: w[-1])[-1])))
print(max(emoji + last_bmp) == emoji, min(emoji + last_bmp + "x") == "x")
table = {emoji: 1, last_bmp: 2, private: 3, "q": 4}
print([table[k] for k in sorted(table)])
print(sorted([(emoji, 1), (last_bmp, 2), (emoji, 0)]) == [(last_bmp, 2), (emoji, 0), (emoji, 1)])
heap = [emoji, last_bmp, "\U0001F4A9", private]
heapq.heapify(heap)
print([hex(ord(heapq.heappop(heap))) for _ in range(4)])
print("x" + emoji > "x" + last_bmp, emoji + "a" < emoji + "b", emoji < emoji + "")
print(emoji.encode() > last_bmp.encode(), sorted([emoji.encode(), last_bmp.encode()])[0] == last_bmp.encode())
print(sorted(set("\U0001F600\uffff\ue000abc")) == list("abc\ue000\uffff\U0001F600"))
