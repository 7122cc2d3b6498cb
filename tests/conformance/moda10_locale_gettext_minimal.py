import calendar
import gettext
import locale
import shutil
import os

print(locale.setlocale(locale.LC_TIME), locale.setlocale(locale.LC_NUMERIC, None))
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.getpreferredencoding(), locale.getencoding())
try:
    locale.setlocale(locale.LC_ALL, 'xx_YY.UTF-8')
except locale.Error as e:
    print('locale.Error', e, type(e).__module__)
print(locale.localeconv()['decimal_point'], locale.atof('3.5'), locale.atoi('12'), locale.str(0.1 + 0.2))
print(locale.format_string('%d items at %.2f', (3, 1.5)), locale.strcoll('a', 'b'), locale.LC_ALL, locale.LC_TIME)
print(gettext.gettext('hello'), gettext.ngettext('one file', '%d files', 1), gettext.ngettext('one file', '%d files', 2) % 2)
print(gettext.pgettext('ctx', 'msg'), gettext.dgettext('dom', 'm'), gettext.textdomain())
t = gettext.translation('nothing', fallback=True)
print(type(t).__name__, t.gettext('x'), t.ngettext('a', 'b', 0), t.info(), t.charset())
try:
    gettext.translation('nothing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
print(gettext.find('nothing'), gettext.find('nothing', all=True))
gettext.install('app')
print(_('installed'))
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '30'
print(shutil.get_terminal_size(), shutil.get_terminal_size().columns)
del os.environ['COLUMNS']
del os.environ['LINES']
print(shutil.get_terminal_size((120, 40)))
try:
    os.get_terminal_size()
except OSError as e:
    print(repr(e))
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).lines)
lc = calendar.LocaleTextCalendar(locale='C')
print(lc.formatmonth(2024, 5))
print(calendar.LocaleHTMLCalendar(locale='C').formatweekheader())
print(locale.setlocale(locale.LC_TIME))
