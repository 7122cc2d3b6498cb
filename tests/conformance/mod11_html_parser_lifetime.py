# A parser subclass with __del__: it dies when its last reference goes, and a parser
# kept in a cycle through a handler attribute dies at gc.collect().
import gc
from html.parser import HTMLParser

class Collector(HTMLParser):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.tags = []
    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
    def __del__(self):
        print('del', self.name, len(self.tags))

def parse(name, text):
    p = Collector(name)
    p.feed(text)
    p.close()
    return p.tags

print(parse('a', '<ul><li class=x>1<li>2</ul>'))
print('after a')
p = Collector('b')
p.me = p
p.feed('<p><b>x</b></p>')
del p
print('before collect')
print(gc.collect() > 0)
print('end')
