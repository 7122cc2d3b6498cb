"""Offline HTML scraping with html.parser, urllib.parse and a link graph."""
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse, parse_qs, urlencode, quote, unquote, urlunparse
from html import escape, unescape
from collections import defaultdict, deque
import re

SITE = {
    "https://ex.com/": '<html><head><title>Home &amp; more</title></head><body><a href="/about">About</a> <a href="docs/intro.html?lang=en&amp;v=2#top">Docs</a><img src="logo.png" alt="Logo"><a href="https://other.org/x">ext</a></body></html>',
    "https://ex.com/about": "<h1>About</h1><p>We <b>love</b> <i>tests</i>.</p><a href='/'>home</a><a href='mailto:a@ex.com'>mail</a>",
    "https://ex.com/docs/intro.html": "<!-- comment --><h1 id=t>Intro</h1><ul><li>one<li>two</ul><a href='../about'>up</a><br/><script>var x = '<a href=no>';</script>",
}


class LinkParser(HTMLParser):
    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.links = []
        self.title = None
        self._in_title = False
        self.text = []
        self.tags = defaultdict(int)
        self.comments = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        a = dict(attrs)
        if tag == "a" and "href" in a:
            self.links.append(urljoin(self.base, a["href"]))
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_startendtag(self, tag, attrs):
        self.tags[tag + "/"] += 1

    def handle_data(self, data):
        if self._in_title:
            self.title = data
        elif data.strip():
            self.text.append(data.strip())

    def handle_comment(self, data):
        self.comments.append(data.strip())


def crawl(start):
    seen, order = {start}, []
    q = deque([start])
    graph = {}
    while q:
        url = q.popleft()
        order.append(url)
        p = LinkParser(url)
        p.feed(SITE[url])
        p.close()
        clean = [urlunparse(urlparse(l)._replace(fragment="", query="")) for l in p.links]
        graph[url] = clean
        print(f"{url}: title={p.title!r} tags={dict(sorted(p.tags.items()))} text={p.text} comments={p.comments}")
        for link in clean:
            if link in SITE and link not in seen:
                seen.add(link)
                q.append(link)
    return order, graph


order, graph = crawl("https://ex.com/")
print(order)
inbound = defaultdict(list)
for src, dsts in graph.items():
    for d in dsts:
        inbound[d].append(urlparse(src).path)
for url in sorted(inbound):
    print(f"  {url} <- {sorted(inbound[url])}")
u = urlparse("https://user:pw@ex.com:8080/a/b;p?q=1&q=2&x=%20y#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
print(parse_qs(u.query), urlencode({"q": "a b", "n": [1, 2]}, doseq=True), quote("a/b c?"), unquote("%E2%82%AC"))
print(escape('<a href="x">&</a>'), unescape("&lt;&eacute;&#8364;&#x41;"))
print(re.sub(r"<[^>]+>", "", SITE["https://ex.com/about"]))
