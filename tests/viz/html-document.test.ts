/** Self-contained pages: data cannot end its <script> early, scripts that would are refused, the title is escaped. */
import * as fc from 'fast-check';
import { escapeHtml, htmlDocument, scriptSafeJSON } from '../../src/viz/html-document';
import { viewerPage } from '../../src/viz/pages';

const HOSTILE = '</script><img src=x onerror="alert(1)"><!-- \u2028\u2029 &amp;';

/** The text of the data block `id` in a page (what the browser hands JSON.parse). */
function dataBlock(html: string, id: string): string {
  const m = new RegExp(`<script type="application/json" id="${id}">([^]*?)</script>`).exec(html);
  if (m === null) throw new Error(`no data block ${id}`);
  return m[1];
}

test('scriptSafeJSON writes no <, >, & or line separator, and JSON.parse reads the value back', () => {
  const text = scriptSafeJSON({ name: HOSTILE, list: [HOSTILE] });
  expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(text)).toEqual({ name: HOSTILE, list: [HOSTILE] });
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      const t = scriptSafeJSON(v);
      expect(t).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(t)).toEqual(JSON.parse(JSON.stringify(v)));
    }),
  );
  expect(() => scriptSafeJSON(undefined)).toThrow('scriptSafeJSON: the value has no JSON form');
});

test('escapeHtml escapes the five characters', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
});

test('a page holds its data, scripts and styles, and loads nothing from the network', () => {
  const html = htmlDocument({ title: HOSTILE, styles: 'body{color:red}', body: '<div id="x"></div>', data: { 'run-data': { s: HOSTILE } }, scripts: ['var a = 1 < 2;'], inertScripts: { w: 'self.x = 1' } });
  expect(JSON.parse(dataBlock(html, 'run-data'))).toEqual({ s: HOSTILE });
  expect(html).toContain(`<title>${escapeHtml(HOSTILE)}</title>`);
  expect(html).not.toContain('<img');
  expect(html).toContain('<script type="text/plain" id="w">self.x = 1</script>');
  expect(html).not.toMatch(/<[a-z]+[^>]*\s(?:src|href)=/i);
  expect(html).toMatch(/Content-Security-Policy" content="default-src 'none';[^"]*connect-src 'none'/);
});

test('a script, style or id that could break out of its element is refused', () => {
  const parts = { title: 't', styles: '', body: '', data: {}, scripts: [] as string[] };
  expect(() => htmlDocument({ ...parts, scripts: ['x = "</script>"'] })).toThrow("htmlDocument: script 0 contains '</script' or '<!--'");
  expect(() => htmlDocument({ ...parts, scripts: ['x = "<!--"'] })).toThrow(/script 0/);
  expect(() => htmlDocument({ ...parts, inertScripts: { w: '</SCRIPT>' } })).toThrow(/script w/);
  expect(() => htmlDocument({ ...parts, styles: 'a{}</style>' })).toThrow("htmlDocument: the styles contain '</style'");
  expect(() => htmlDocument({ ...parts, data: { 'a"b': 1 } })).toThrow(`htmlDocument: bad element id 'a"b'`);
});

test('viewerPage embeds the run: file name, source and trace come back unchanged', () => {
  const run = { filename: '<img src=x>.py', source: `print("${HOSTILE}")\n`, trace: [{ seq: 1, kind: 'output', text: HOSTILE }] };
  const html = viewerPage(run, { viewerScript: 'void 0', viewerStyles: '' });
  expect(JSON.parse(dataBlock(html, 'gclab-run'))).toEqual(run);
  expect(html).toContain('<title>gclab viz: &#60;img src=x&#62;.py</title>');
});
