# html.escape/unescape and an html.parser.HTMLParser subclass collecting tags, data and links.
import html
from html.parser import HTMLParser
print(html.escape('<a href="x">&\'</a>'), html.escape('"q"', quote=False))
print(html.unescape('&lt;p&gt; &amp;amp; &#39; &#x41; &eacute; &notit; &nbsp;|&#0; &#xd800;'))
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs)
    def handle_endtag(self, tag): print('end', tag)
    def handle_data(self, data): print('data', repr(data))
    def handle_comment(self, data): print('comment', repr(data))
    def handle_entityref(self, name): print('ent', name)
    def handle_charref(self, name): print('char', name)
    def handle_decl(self, d): print('decl', d)
    def handle_startendtag(self, tag, attrs): print('startend', tag, attrs)
    def handle_pi(self, d): print('pi', d)
p = P()
p.feed('<!DOCTYPE html><html><head><title>T &amp; x</title></head><body class="a b" id=z><p>Hi<br/>there &copy; &#65;</p><!-- c --><?php x ?>')
p.feed('<script>if (a<b) {}</script><img src="a.png" alt=\'x\'></body></html>')
p.close()
print(p.getpos())
p2 = P(convert_charrefs=False)
p2.feed('a &amp; b &#66;<x>')
p2.close()
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.extend(v for k, v in attrs if k == 'href')
l = Links(); l.feed('<a href="/1">one</a> <A HREF="/2">two</a>'); print(l.links)
