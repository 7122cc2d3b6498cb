/**
 * The playground page: an editor, Run and Stop, the output as it is
 * written, the step-through viewer of the run, the examples, and a share
 * link that keeps the scenario in the address's fragment. The scenario runs
 * in a Web Worker made from the page's own embedded script (nothing is
 * fetched; the page's Content-Security-Policy forbids connections).
 */
import { el, readData } from '../dom';
import { Viewer } from '../viewer/viewer-app';
import { modelFromTrace, parseTraceLines } from '../../viz/trace-adapter';
import { decodeSource, encodeSource, hashWithCode } from './share-link';
import type { RunRequest, WorkerMessage } from './worker-protocol';

interface Example {
  name: string;
  source: string;
}

const FILENAME = 'playground.py';
const MAX_STEPS = 20_000_000;

class Playground {
  private worker: Worker | null = null;
  private viewer: Viewer | null = null;
  private readonly workerUrl: string;
  private readonly examples: Example[];
  private readonly version = readData<{ version: string }>('gclab-meta').version;
  private readonly editor = document.getElementById('pg-editor') as HTMLTextAreaElement;
  private readonly output = document.getElementById('pg-output') as HTMLPreElement;
  private readonly status = document.getElementById('pg-status') as HTMLElement;
  private readonly runButton = document.getElementById('pg-run') as HTMLButtonElement;
  private readonly stopButton = document.getElementById('pg-stop') as HTMLButtonElement;
  private readonly picker = document.getElementById('pg-example') as HTMLSelectElement;
  private readonly viewerRoot = document.getElementById('gclab-viewer') as HTMLElement;

  constructor() {
    const workerSource = document.getElementById('gclab-worker')?.textContent ?? '';
    this.workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    this.examples = readData<Example[]>('gclab-examples');
    for (const ex of this.examples) this.picker.appendChild(el('option', { value: ex.name }, ex.name));
    this.picker.addEventListener('change', () => this.pick(this.picker.value));
    this.runButton.addEventListener('click', () => this.run());
    this.stopButton.addEventListener('click', () => this.stop('stopped'));
    (document.getElementById('pg-share') as HTMLButtonElement).addEventListener('click', () => void this.share());
    this.editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.run();
      } else if (e.key === 'Tab' && !e.shiftKey) {
        e.preventDefault();
        this.editor.setRangeText('    ', this.editor.selectionStart, this.editor.selectionEnd, 'end');
      }
    });
  }

  async load(): Promise<void> {
    let source: string | null = null;
    let damaged = false;
    try {
      source = await decodeSource(location.hash);
    } catch {
      damaged = true;
    }
    if (source !== null) {
      this.editor.value = source;
      this.picker.value = '';
      this.run(true);
      return;
    }
    const first = this.examples.find((e) => e.name === 'quickstart.py') ?? this.examples[0];
    if (first !== undefined) this.pick(first.name);
    if (damaged) this.setStatus('the link carries a damaged scenario; showing an example instead');
  }

  private pick(name: string): void {
    const ex = this.examples.find((e) => e.name === name);
    if (ex === undefined) return;
    this.picker.value = name;
    this.editor.value = ex.source;
    this.setStatus(`example ${name}: press Run (Ctrl+Enter)`);
  }

  private setStatus(text: string): void {
    this.status.textContent = text;
  }

  private stop(why: string): void {
    if (this.worker !== null) {
      this.worker.terminate();
      this.worker = null;
      this.setStatus(why);
    }
    this.runButton.disabled = false;
    this.stopButton.disabled = true;
  }

  /** Run the editor's scenario; `keepStep` follows the link's #step=N once the run is in. */
  run(keepStep = false): void {
    this.stop('');
    this.viewer?.destroy();
    this.viewer = null;
    this.viewerRoot.replaceChildren();
    this.output.replaceChildren();
    if (!keepStep) history.replaceState(null, '', location.hash.replace(/(^#|&)step=\d+/, '$1') || ' ');
    const source = this.editor.value;
    const worker = new Worker(this.workerUrl);
    this.worker = worker;
    this.runButton.disabled = true;
    this.stopButton.disabled = false;
    this.setStatus('running…');
    document.body.dataset.runState = 'running';
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => this.message(e.data, source);
    worker.onerror = (e) => {
      this.append('err', `gclab: the scenario worker failed: ${e.message}\n`);
      this.stop('failed');
    };
    const req: RunRequest = { kind: 'run', source, filename: FILENAME, maxSteps: MAX_STEPS, gclabVersion: this.version };
    worker.postMessage(req);
  }

  private append(stream: 'out' | 'err', text: string): void {
    this.output.appendChild(el('span', { class: stream === 'err' ? 'gv-stderr' : 'gv-stdout' }, text));
    this.output.scrollTop = this.output.scrollHeight;
  }

  private message(m: WorkerMessage, source: string): void {
    if (m.kind === 'output') return this.append(m.stream, m.text);
    if (m.kind === 'crash') {
      this.append('err', `gclab: internal error\n${m.message}\n`);
      this.stop('gclab failed');
      return;
    }
    this.stop('');
    const model = modelFromTrace(parseTraceLines(m.trace), { filename: FILENAME, source });
    if (m.truncated) model.warnings.push('The trace was cut short: the viewer shows the first events of this run.');
    this.viewer = new Viewer(this.viewerRoot, model);
    this.setStatus(`exit status ${m.exitCode} · ${model.steps.length} events`);
    document.body.dataset.runState = 'done';
  }

  private async share(): Promise<void> {
    const param = await encodeSource(this.editor.value);
    history.replaceState(null, '', hashWithCode(location.hash, param));
    const link = location.href;
    const box = document.getElementById('pg-link') as HTMLInputElement;
    box.value = link;
    box.hidden = false;
    box.select();
    this.setStatus('the link holds the scenario (nothing is uploaded): copy it from the box');
  }
}

void new Playground().load();
