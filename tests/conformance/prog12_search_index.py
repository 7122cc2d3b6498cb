"""A text-indexing search engine with collections and re."""
import re
import math
from collections import Counter, defaultdict, namedtuple
from itertools import islice

Doc = namedtuple("Doc", "id title text")
Hit = namedtuple("Hit", ["doc", "score", "snippet"])

STOP = frozenset("a an the of and or to in is it for on with as by".split())
TOKEN = re.compile(r"[a-z0-9']+")

docs = [
    Doc(1, "Garbage collection", "Reference counting frees most objects the moment the last reference goes away."),
    Doc(2, "Cycles", "A cycle of objects keeps every member alive; the cycle collector finds and frees such cycles."),
    Doc(3, "Weak references", "A weak reference does not keep its referent alive. Callbacks run when the referent dies."),
    Doc(4, "Generators", "A generator keeps its frame alive while suspended; closing it runs finally blocks."),
    Doc(5, "Finalizers", "PEP 442 lets objects with __del__ in cycles be collected; the finalizer runs once."),
]


def stem(word):
    for suf in ("ing", "ies", "es", "s", "ed"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)] + ("y" if suf == "ies" else "")
    return word


def tokens(text):
    return [stem(t) for t in TOKEN.findall(text.lower()) if t not in STOP]


class Index:
    def __init__(self):
        self.postings = defaultdict(dict)
        self.lengths = {}
        self.docs = {}

    def add(self, doc):
        self.docs[doc.id] = doc
        terms = tokens(doc.title + " " + doc.text)
        self.lengths[doc.id] = len(terms)
        for term, tf in Counter(terms).items():
            self.postings[term][doc.id] = tf

    def idf(self, term):
        n = len(self.postings.get(term, ()))
        return math.log((len(self.docs) + 1) / (n + 1)) + 1

    def search(self, query, limit=3):
        q = tokens(query)
        scores = Counter()
        for term in q:
            for did, tf in self.postings.get(term, {}).items():
                scores[did] += tf / self.lengths[did] * self.idf(term)
        for did, score in islice(scores.most_common(), limit):
            doc = self.docs[did]
            yield Hit(doc, round(score, 4), self.snippet(doc, q))

    def snippet(self, doc, q):
        words = doc.text.split()
        for i, w in enumerate(words):
            if stem(re.sub(r"\W", "", w.lower())) in q:
                lo = max(0, i - 2)
                part = " ".join(words[lo:i + 3])
                return re.sub(r"(?i)\b(" + "|".join(map(re.escape, words[i:i+1])) + r")", r"[\1]", part)
        return words[0]


idx = Index()
for d in docs:
    idx.add(d)
print("vocabulary:", len(idx.postings))
print("top terms:", Counter({t: sum(p.values()) for t, p in idx.postings.items()}).most_common(4))
for query in ["cycle collector", "weak callbacks", "frees objects", "generator frame", "nothing here"]:
    print(f"query {query!r}:")
    hits = list(idx.search(query))
    if not hits:
        print("  (no results)")
    for h in hits:
        print(f"  {h.doc.id} {h.doc.title:<18} {h.score:.4f}  ...{h.snippet}...")
print(Hit._fields, Doc._make([9, "t", "x"])._replace(title="T"))
print(docs[0]._asdict())
phrase = re.compile(r"(?P<adj>\w+) (?P<noun>references?)")
for m in phrase.finditer(" ".join(d.text for d in docs)):
    print("phrase:", m.group("adj"), m["noun"], m.span())
print(re.split(r"[;,]\s*", "a, b;c ,d"), re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1b22c333"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.search(r"^b", "a\nb", re.M).start())
