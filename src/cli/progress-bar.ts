/**
 * A one-line progress bar on standard error, drawn only when standard error
 * is a terminal (quiet in pipes, files and CI logs). The rate it shows is
 * for the eye only: nothing a command decides or reports depends on it.
 */
import * as tty from 'tty';
import { writeErr } from './terminal';

export class ProgressBar {
  private readonly enabled: boolean;
  private readonly started = process.hrtime.bigint();
  private lastDraw = 0n;

  constructor(
    private readonly label: string,
    enabled = tty.isatty(2),
  ) {
    this.enabled = enabled;
  }

  /** Runs per second so far (for display). */
  rate(done: number): number {
    const s = Number(process.hrtime.bigint() - this.started) / 1e9;
    return s > 0 ? done / s : 0;
  }

  update(done: number, total: number, note = ''): void {
    if (!this.enabled) return;
    const now = process.hrtime.bigint();
    if (done < total && now - this.lastDraw < 100_000_000n) return;
    this.lastDraw = now;
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
    writeErr(`\r${this.label} [${bar}] ${done}/${total}  ${this.rate(done).toFixed(1)}/s ${note}\x1b[K`);
  }

  /** Erase the bar (before the summary is printed). */
  done(): void {
    if (this.enabled) writeErr('\r\x1b[K');
  }
}
