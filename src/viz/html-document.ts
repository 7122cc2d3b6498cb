/**
 * One self-contained HTML document: its styles, its scripts and its data are
 * all inside the file, so it opens from disk with no network (no CDN, no
 * fetch). Everything that comes from a scenario (names, strings, source)
 * travels only as JSON inside a `<script type="application/json">` block and
 * is put on the page with textContent, never parsed as HTML.
 *
 * Invariants of the text this returns:
 * - a JSON data block cannot end its <script> element early: every `<`, `>`,
 *   `&` and the two JavaScript line separators are written as \u escapes
 *   (JSON.parse reads them back unchanged);
 * - a script or style that contains `</script`, `</style` or `<!--` is
 *   refused (it would end its element, or change how the parser reads it).
 */

/** What one page holds. */
export interface PageParts {
  /** The document title (plain text; escaped here). */
  title: string;
  /** CSS, placed in one <style> element. */
  styles: string;
  /** The page's markup: a fixed shell made by gclab, never scenario text. */
  body: string;
  /** JSON data blocks by element id; read them with JSON.parse(el.textContent). */
  data: Record<string, unknown>;
  /** Classic scripts run in this order after the body and the data. */
  scripts: string[];
  /** Scripts by element id kept as text (type text/plain), e.g. a Web Worker's source. */
  inertScripts?: Record<string, string>;
}

const UNSAFE_IN_SCRIPT = /<\/script|<!--/i;
const UNSAFE_IN_STYLE = /<\/style/i;

/** JSON text that is safe inside a <script> element (see the invariants above). */
export function scriptSafeJSON(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('scriptSafeJSON: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for HTML content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Ids are made by gclab; refuse anything that would need escaping. */
function checkId(id: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) throw new RangeError(`htmlDocument: bad element id '${id}'`);
  return id;
}

function checkScript(text: string, what: string): string {
  if (UNSAFE_IN_SCRIPT.test(text)) throw new RangeError(`htmlDocument: ${what} contains '</script' or '<!--'`);
  return text;
}

/** The whole document as one string. */
export function htmlDocument(parts: PageParts): string {
  if (UNSAFE_IN_STYLE.test(parts.styles)) throw new RangeError("htmlDocument: the styles contain '</style'");
  const data = Object.entries(parts.data)
    .map(([id, value]) => `<script type="application/json" id="${checkId(id)}">${scriptSafeJSON(value)}</script>`)
    .join('\n');
  const inert = Object.entries(parts.inertScripts ?? {})
    .map(([id, text]) => `<script type="text/plain" id="${checkId(id)}">${checkScript(text, `script ${id}`)}</script>`)
    .join('\n');
  const scripts = parts.scripts.map((s, i) => `<script>${checkScript(s, `script ${i}`)}</script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data:; connect-src 'none'">
<title>${escapeHtml(parts.title)}</title>
<style>${parts.styles}</style>
</head>
<body>
${parts.body}
${data}
${inert}
${scripts}
</body>
</html>
`;
}
