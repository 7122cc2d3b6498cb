# email.message, email.utils and the parser (CPython's Lib/email).
import email
import email.utils
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email import policy

print(email.utils.formataddr(('Jo Bloggs', 'jo@example.com')))
print(email.utils.formataddr(('Jöhn', 'j@example.com')))
print(email.utils.parseaddr('Jo Bloggs <jo@example.com>'))
print(email.utils.getaddresses(['a@b.c, "B, C" <bc@d.e>']))
print(email.utils.formatdate(0), email.utils.formatdate(86400 * 365, usegmt=True))
print(repr(email.utils.parsedate_to_datetime('Tue, 05 Mar 2024 10:11:12 +0100')))
print(email.utils.parsedate('Tue, 05 Mar 2024 10:11:12 -0000'))
print(email.utils.quote('a"b\\c'), email.utils.unquote('"abc"'))

m = EmailMessage()
m['Subject'] = 'Hi there'
m['From'] = 'Ann <a@b.c>'
m['To'] = 'x@y.z, w@y.z'
m.set_content('Body text\nsecond line\n')
print(m.as_string())
print(m['subject'], m.get_content_type(), list(m.keys()), m.is_multipart())
print(m['To'].addresses)
m.add_attachment(b'\x00\x01binary', maintype='application', subtype='octet-stream', filename='x.bin')
print(m.is_multipart(), [p.get_content_type() for p in m.iter_parts()])
att = list(m.iter_attachments())[0]
print(att.get_filename(), att.get_content())

msg = email.message_from_string('From: a@b\nSubject: =?utf-8?q?caf=C3=A9?=\nX-Num: 1\nX-Num: 2\n\nhello\n')
print(msg['Subject'], msg.get_all('X-Num'), repr(msg.get_payload()), msg.get_content_charset())
msg2 = email.message_from_string(msg.as_string(), policy=policy.default)
print(msg2['Subject'], type(msg2).__name__)

mm = MIMEMultipart('alternative')
mm['Subject'] = 'multi'
mm.set_boundary('BOUNDARY')
mm.attach(MIMEText('plain body', 'plain'))
mm.attach(MIMEText('<b>html</b>', 'html', 'utf-8'))
print(mm.as_string())
old = Message()
old['X'] = 'y'
old.set_payload('payload')
old.set_param('charset', 'us-ascii')
print(old.as_string(), old.get_params())
