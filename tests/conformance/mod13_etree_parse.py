# xml.etree.ElementTree: parsing through gclab's pyexpat (fromstring,
# parse, iterparse, XMLPullParser, namespaces, entities, errors), building
# and serialising (the C Element's items() and itertext()).
import io
import xml.etree.ElementTree as ET
from xml.parsers import expat

doc = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE catalog>
<catalog xmlns:x="http://example.com/x">
  <!-- a comment -->
  <book id="b1" x:lang="en">
    <title>Python &amp; XML</title>
    <price cur="&lt;EUR&gt;">10.5</price>
  </book>
  <book id="b2"><title><![CDATA[<raw> text]]></title><price>7</price></book>
  <?proc data?>
  <x:extra>caf\u00e9 &#233;&#x4e2d;</x:extra>
</catalog>
'''
root = ET.fromstring(doc)
print(root.tag, len(root), root.attrib)
for book in root.findall('book'):
    print(book.get('id'), book.find('title').text, float(book.findtext('price')), book.attrib)
print(root.find('{http://example.com/x}extra').text)
print(ET.tostring(root, encoding='unicode'))
tree = ET.parse(io.BytesIO(doc.encode('utf-8')))
print(tree.getroot().tag, [e.tag for e in tree.iter()][:5])
print(sum(float(p.text) for p in tree.iterfind('.//price')))

events = []
for event, elem in ET.iterparse(io.BytesIO(b'<a><b>1</b><c x="2"/></a>'), events=('start', 'end')):
    events.append((event, elem.tag))
print(events)
for event, item in ET.iterparse(io.BytesIO(b'<n:a xmlns:n="urn:n"><n:b/></n:a>'), events=('start-ns', 'end', 'end-ns')):
    print(event, item if event != 'end' else item.tag)

pp = ET.XMLPullParser(events=('start', 'end', 'comment', 'pi'))
pp.feed('<root><chi')
print([(e, el.tag) for e, el in pp.read_events()])
pp.feed('ld>text</child><!--c--><?p d?>')
print([(e, getattr(el.tag, '__name__', el.tag)) for e, el in pp.read_events()])
pp.feed('</root>')
pp.close()
print([(e, el.tag) for e, el in pp.read_events()])

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed('<r><!-- k --><?t v?>x</r>')
r = parser.close()
print(ET.tostring(r), [c.tag.__name__ if callable(c.tag) else c.tag for c in r])


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(('start', tag, attrib))

    def end(self, tag):
        self.log.append(('end', tag))

    def data(self, data):
        self.log.append(('data', data))

    def close(self):
        return self.log


p = ET.XMLParser(target=Target())
p.feed('<a k="v">hello <b>world</b>\n</a>')
print(p.close())

for bad in ['<a><b></a>', '<a>', '', '<a></a><b/>', '<a x="1" x="2"/>', '<a>&foo;</a>',
            '<a', '<p:a/>', 'text', '<a b=c/>', '<a/>x', '<a>\n<b></c></a>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), '->', e, e.code, e.position)

p = expat.ParserCreate()
seen = []
p.StartElementHandler = lambda name, attrs: seen.append(('start', name, attrs))
p.EndElementHandler = lambda name: seen.append(('end', name))
p.CharacterDataHandler = lambda data: seen.append(('data', data))
p.Parse(b'<doc a="1">x\ny<e/></doc>', True)
print(seen)
try:
    p.Parse(b'more')
except expat.ExpatError as e:
    print(type(e).__name__, e, e.code)
print(expat.ErrorString(7), expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes['mismatched tag'])

e = ET.Element('e', a='1')
ET.SubElement(e, 'k').text = 'x'
e.append(ET.Comment(' c '))
e.append(ET.ProcessingInstruction('p', 'd'))
print(e.items(), ET.tostring(e, method='text', encoding='unicode'))
print(ET.tostring(e, encoding='us-ascii', xml_declaration=True), ET.tostring(ET.Element('z'), short_empty_elements=False))
ET.indent(e)
print(ET.tostring(e, encoding='unicode'))
ET.register_namespace('ex', 'http://example.com/x')
print(ET.tostring(ET.fromstring('<x:a xmlns:x="http://example.com/x"/>')))
try:
    ET.tostring(ET.Element(3))
except TypeError as e:
    print('TypeError:', e)
