/**
 * The main thread's own messages (help, errors), written synchronously so
 * they are never lost when the process ends right after.
 */
import * as fs from 'fs';

function writeFd(fd: number, text: string): void {
  try {
    fs.writeSync(fd, text);
  } catch {
    // Nowhere left to report a failure to report.
  }
}

export const writeOut = (text: string): void => writeFd(1, text);
export const writeErr = (text: string): void => writeFd(2, text);
