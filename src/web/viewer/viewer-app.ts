/**
 * The step-through viewer: a toolbar (by event, by source line, by
 * collection phase; a slider), what the current step did, the source with
 * its current line and the output so far, the filters, the collection table
 * (each object's refcount, gc_refs and mark) and the object graph. Keyboard:
 * ←/→ event, ↑/↓ line, PageUp/PageDown (or p/n) phase, Home/End.
 */
import { el } from '../dom';
import { drawGraph } from './graph-view';
import { LANES, isShown, layoutRows, type ObjectFilter } from '../../viz/layout';
import { hasUnit, hashWithStep, nextPosition, positionFromHash, previousPosition, type Unit } from '../../viz/navigation';
import { StateCursor, type ViewState } from '../../viz/view-state';
import type { ObjectId, ViewerModel } from '../../viz/viewer-model';

export interface ViewerOptions {
  /** Keep `#step=N` in the address bar and follow it (default true). */
  syncHash?: boolean;
}

export class Viewer {
  private readonly cursor: StateCursor;
  private position = 0;
  private filter: ObjectFilter = { showStartup: false, hiddenTypes: new Set() };
  private showGhosts = true;
  private rows: Map<ObjectId, number>;
  private readonly lanes: number[];
  private readonly parts: ReturnType<Viewer['build']>;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly onHash = () => this.followHash();

  constructor(
    readonly root: HTMLElement,
    readonly model: ViewerModel,
    private readonly options: ViewerOptions = {},
  ) {
    this.cursor = new StateCursor(model);
    this.rows = layoutRows(model, this.filter);
    this.lanes = this.usedLanes();
    this.parts = this.build();
    root.replaceChildren(this.parts.frame);
    document.addEventListener('keydown', this.onKey);
    if (this.syncHash) window.addEventListener('hashchange', this.onHash);
    const start = this.syncHash ? positionFromHash(location.hash, model) : null;
    this.go(start ?? 0, false);
  }

  private get syncHash(): boolean {
    return this.options.syncHash ?? true;
  }

  /** Stop listening to the keyboard and the address bar. */
  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('hashchange', this.onHash);
  }

  get current(): number {
    return this.position;
  }

  /** Show the state after `p` steps. */
  go(p: number, updateHash = true): void {
    this.position = Math.max(0, Math.min(p, this.model.steps.length));
    const state = this.cursor.seek(this.position);
    this.render(state);
    if (updateHash && this.syncHash) history.replaceState(null, '', hashWithStep(location.hash, this.position));
  }

  move(unit: Unit, forward: boolean): void {
    this.go(forward ? nextPosition(this.model, this.position, unit) : previousPosition(this.model, this.position, unit));
  }

  private followHash(): void {
    const p = positionFromHash(location.hash, this.model);
    if (p !== null && p !== this.position) this.go(p, false);
  }

  private usedLanes(): number[] {
    const used = new Set<number>([0, 1, 2]);
    for (const o of this.model.objects.values()) if (!o.tracked) used.add(4);
    for (const s of this.model.steps) for (const c of s.changes) if (c.op === 'generation' && c.generation === 3) used.add(3);
    return [...used].sort((a, b) => a - b);
  }

  private key(e: KeyboardEvent): void {
    const t = e.target as HTMLElement | null;
    if (t !== null && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.isContentEditable)) return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => this.move('event', true),
      ArrowLeft: () => this.move('event', false),
      ArrowDown: () => this.move('line', true),
      ArrowUp: () => this.move('line', false),
      PageDown: () => this.move('phase', true),
      PageUp: () => this.move('phase', false),
      n: () => this.move('phase', true),
      p: () => this.move('phase', false),
      Home: () => this.go(0),
      End: () => this.go(this.model.steps.length),
    };
    const action = moves[e.key];
    if (action === undefined) return;
    e.preventDefault();
    action();
  }

  private button(label: string, title: string, name: string, action: () => void, enabled = true): HTMLButtonElement {
    const b = el('button', { type: 'button', title, 'data-action': name, disabled: !enabled }, label);
    b.addEventListener('click', action);
    return b;
  }

  private build() {
    const m = this.model;
    const hasLines = hasUnit(m, 'line');
    const hasPhases = hasUnit(m, 'phase');
    const slider = el('input', { type: 'range', min: 0, max: m.steps.length, value: 0, class: 'gv-slider', 'aria-label': 'step' });
    slider.addEventListener('input', () => this.go(Number(slider.value)));
    const position = el('span', { class: 'gv-position' });
    const bar = el(
      'div',
      { class: 'gv-bar', role: 'toolbar' },
      this.button('|◀', 'to the start (Home)', 'start', () => this.go(0)),
      this.button('◀ phase', 'previous collection phase (PageUp, p)', 'prev-phase', () => this.move('phase', false), hasPhases),
      this.button('◀ line', 'previous source line (↑)', 'prev-line', () => this.move('line', false), hasLines),
      this.button('◀ event', 'previous event (←)', 'prev-event', () => this.move('event', false)),
      this.button('event ▶', 'next event (→)', 'next-event', () => this.move('event', true)),
      this.button('line ▶', 'next source line (↓)', 'next-line', () => this.move('line', true), hasLines),
      this.button('phase ▶', 'next collection phase (PageDown, n)', 'next-phase', () => this.move('phase', true), hasPhases),
      this.button('▶|', 'to the end (End)', 'end', () => this.go(m.steps.length)),
      slider,
      position,
    );
    const now = el('div', { class: 'gv-now', 'aria-live': 'polite' });
    const sourceList = el('ol', { class: 'gv-source-lines' });
    m.sourceLines.forEach((text, i) => sourceList.appendChild(el('li', { 'data-line': i + 1 }, el('code', {}, text === '' ? ' ' : text))));
    const source = el('section', { class: 'gv-source' }, el('h3', {}, m.filename), sourceList);
    const output = el('pre', { class: 'gv-output-text' });
    const outputBox = el('section', { class: 'gv-output' }, el('h3', {}, 'output'), output);
    const collection = el('section', { class: 'gv-collection' });
    const graph = el('div', { class: 'gv-graph' });
    const filters = this.buildFilters();
    const warnings = m.warnings.map((w) => el('p', { class: 'gv-warning' }, w));
    const frame = el(
      'div',
      { class: 'gv' },
      bar,
      now,
      ...warnings,
      el('div', { class: 'gv-main' }, el('div', { class: 'gv-left' }, source, outputBox), el('div', { class: 'gv-right' }, filters, collection, graph)),
      el('footer', { class: 'gv-footer' }, `${m.steps.length} events · ${m.objects.size} objects · ${m.producer}`),
    );
    return { frame, slider, position, now, sourceList, output, collection, graph };
  }

  private buildFilters(): HTMLElement {
    const startup = el('input', { type: 'checkbox', 'data-filter': 'startup' });
    startup.addEventListener('change', () => {
      this.filter = { ...this.filter, showStartup: startup.checked };
      this.relayout();
    });
    const ghosts = el('input', { type: 'checkbox', checked: true, 'data-filter': 'ghosts' });
    ghosts.addEventListener('change', () => {
      this.showGhosts = ghosts.checked;
      this.go(this.position, false);
    });
    const typeBoxes = this.model.types.map((type) => {
      const box = el('input', { type: 'checkbox', checked: true, 'data-type-filter': type });
      box.addEventListener('change', () => {
        const hidden = new Set(this.filter.hiddenTypes);
        if (box.checked) hidden.delete(type);
        else hidden.add(type);
        this.filter = { ...this.filter, hiddenTypes: hidden };
        this.relayout();
      });
      return el('label', {}, box, ` ${type}`);
    });
    return el(
      'div',
      { class: 'gv-filters' },
      el('label', {}, startup, ' start-up objects'),
      el('label', {}, ghosts, ' ghosts (dead objects)'),
      el('details', { class: 'gv-types' }, el('summary', {}, 'types'), el('div', { class: 'gv-type-list' }, ...typeBoxes)),
    );
  }

  private relayout(): void {
    this.rows = layoutRows(this.model, this.filter);
    this.go(this.position, false);
  }

  private render(state: ViewState): void {
    const m = this.model;
    const p = this.parts;
    const step = this.position > 0 ? m.steps[this.position - 1] : null;
    p.slider.value = String(this.position);
    p.position.textContent = `step ${this.position} / ${m.steps.length}`;
    p.now.replaceChildren(
      el('span', { class: 'gv-kind' }, step === null ? 'start' : step.kind),
      ' ',
      el('span', { class: 'gv-text' }, step === null ? 'before the first event' : step.text),
    );
    if (state.collection !== null) {
      p.now.appendChild(el('span', { class: 'gv-phase' }, ` collection #${state.collection.collection} · ${state.collection.phase ?? 'start'}`));
    }
    this.renderSource(state.line);
    p.output.replaceChildren(...state.output.map((o) => el('span', { class: o.stream === 'err' ? 'gv-stderr' : 'gv-stdout' }, o.text)));
    p.output.scrollTop = p.output.scrollHeight;
    const focus = new Set(step?.focus ?? []);
    this.renderCollection(state, focus);
    const { root, focused } = drawGraph({ model: m, state, rows: this.rows, lanes: this.lanes, showGhosts: this.showGhosts, focus });
    p.graph.replaceChildren(root);
    if (focused !== null) scrollWithin(p.graph, focused);
  }

  private currentLine = 0;

  private renderSource(line: number): void {
    const list = this.parts.sourceList;
    if (this.currentLine > 0) list.children[this.currentLine - 1]?.classList.remove('gv-current');
    this.currentLine = line;
    const li = line > 0 ? list.children[line - 1] : undefined;
    if (li !== undefined) {
      li.classList.add('gv-current');
      scrollWithin(this.parts.sourceList.parentElement!, li);
    }
  }

  private renderCollection(state: ViewState, focus: ReadonlySet<ObjectId>): void {
    const col = state.collection ?? state.lastCollection;
    const box = this.parts.collection;
    if (col === null || (col.gcRefs.size === 0 && col.marks.size === 0)) {
      box.replaceChildren();
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const ids = [...new Set([...col.gcRefs.keys(), ...col.marks.keys()])].filter((id) => {
      const info = this.model.objects.get(id);
      return info !== undefined && isShown(info, this.filter);
    });
    ids.sort((a, b) => (this.rows.get(a) ?? 0) - (this.rows.get(b) ?? 0));
    const head = el('tr', {}, el('th', {}, 'object'), el('th', {}, 'refcount'), el('th', {}, 'gc_refs'), el('th', {}, 'state'));
    const body = ids.map((id) => {
      const info = this.model.objects.get(id)!;
      return el(
        'tr',
        { 'data-id': id, class: focus.has(id) ? 'gv-focus' : undefined },
        el('td', {}, state.labels.get(id) ?? info.label),
        el('td', { class: 'gv-num' }, String(state.refcount.get(id) ?? 0)),
        el('td', { class: 'gv-num' }, col.gcRefs.has(id) ? String(col.gcRefs.get(id)) : ''),
        el('td', {}, col.marks.get(id) ?? ''),
      );
    });
    const title = `collection #${col.collection} (generation ${col.generation})${state.collection === null ? ', ended' : ` · ${col.phase ?? 'start'}`}`;
    box.replaceChildren(el('h3', {}, title), el('table', { class: 'gv-gc-table' }, el('thead', {}, head), el('tbody', {}, ...body)));
  }
}

/** Scroll `box` (not the page) so that `target` inside it is in view. */
function scrollWithin(box: Element, target: Element): void {
  const b = box.getBoundingClientRect();
  const t = target.getBoundingClientRect();
  const margin = 24;
  if (t.top < b.top + margin) box.scrollTop -= b.top + margin - t.top;
  else if (t.bottom > b.bottom - margin) box.scrollTop += t.bottom - (b.bottom - margin);
  if (t.left < b.left) box.scrollLeft -= b.left - t.left + margin;
  else if (t.right > b.right) box.scrollLeft += t.right - b.right + margin;
}

export { LANES };
