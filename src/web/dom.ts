/**
 * DOM helpers for gclab's pages. Text from a scenario only ever reaches the
 * page through textContent or setAttribute on a fixed attribute name, never
 * as markup: `el('b', {}, name)` shows `<img ...>` as those characters.
 */

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

function fill(node: Element, attrs: Attrs, children: Child[]): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  fill(node, attrs, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  fill(node, attrs, children);
  return node;
}

/** Read a JSON data block that htmlDocument wrote (src/viz/html-document.ts). */
export function readData<T>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`gclab: the page has no data block '${id}'`);
  return JSON.parse(node.textContent ?? 'null') as T;
}
