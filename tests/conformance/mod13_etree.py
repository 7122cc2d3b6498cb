# xml.etree.ElementTree: building, finding and serialising (CPython's
# pure-Python ElementTree and ElementPath).
import io
import xml.etree.ElementTree as ET

root = ET.Element('root', attrib={'v': '1'})
a = ET.SubElement(root, 'child', name='a')
a.text = 'hello & <world> "q"'
b = ET.SubElement(root, 'child', name='b', extra="it's")
b.tail = '\n'
leaf = ET.SubElement(b, 'leaf')
leaf.text = 'x'
root.append(ET.Comment(' a comment '))
root.append(ET.ProcessingInstruction('pi', 'data'))
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='utf-8', xml_declaration=True))
print(ET.tostring(root, method='text', encoding='unicode'))
print(ET.tostring(ET.Element('empty'), short_empty_elements=False))
ET.indent(root)
print(ET.tostring(root, encoding='unicode'))
print([e.get('name') for e in root.findall('child')], root.findtext('child'))
print(root.find('.//leaf').text, len(root), [e.tag for e in root.iter('leaf')])
print(root.find("child[@name='b']").attrib, root.findall('*/leaf')[0].tag)
print(sorted(b.keys()), b.items(), b.get('missing', 'dflt'))
print([e.tag if isinstance(e.tag, str) else e.tag.__name__ for e in root])
print(repr(root).startswith("<Element 'root' at 0x"))
root.remove(a)
b.set('v', '2')
print([c.get('name') for c in root if c.tag == 'child'], b.attrib)
tree = ET.ElementTree(root)
f = io.BytesIO()
tree.write(f, encoding='us-ascii', xml_declaration=True)
print(f.getvalue())
s = io.StringIO()
tree.write(s, encoding='unicode')
print(s.getvalue()[:30])
ns = ET.Element('{http://example.com/ns}top')
ET.SubElement(ns, '{http://example.com/ns}item').text = 'é'
print(ET.tostring(ns, encoding='unicode'))
ET.register_namespace('ex', 'http://example.com/ns')
print(ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ns))
q = ET.QName('http://example.com/ns', 'tag')
print(q.text, str(q))
c = ET.Element('c')
c.extend([ET.Element('x'), ET.Element('y')])
c.insert(1, ET.Element('z'))
print([e.tag for e in c], [e.tag for e in c[1:]], ET.iselement(c), ET.iselement('c'))
c.clear()
print(len(c), c.attrib, c.text)
try:
    ET.tostring(ET.Element(3))
except TypeError as e:
    print('TypeError:', e)
