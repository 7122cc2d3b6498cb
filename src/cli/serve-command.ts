/**
 * `gclab serve [--port N]`: serve the playground (dist/web/playground.html,
 * one self-contained page) on http://127.0.0.1:N/ until Ctrl-C. Only the
 * loopback address: the playground runs scenarios in the visitor's browser
 * and needs nothing from the network. A port in use is a clear error.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { parseOptions, type OptionSpec } from './options';
import { writeErr, writeOut } from './terminal';
import { CliError, SERVE_HELP, UsageError } from './usage';

export const SERVE_OPTIONS: readonly OptionSpec[] = [
  { name: '--port', short: '-p', kind: 'string' },
  { name: '--help', short: '-h', kind: 'flag' },
];

export const DEFAULT_PORT = 8765;
const HOST = '127.0.0.1';

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port needs a port number (0-65535; 0 picks a free one), not '${text}'`, 'serve');
  return n;
}

/** The playground page, read once. */
function readPlayground(file = path.join(__dirname, '..', 'web', 'playground.html')): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new CliError(`the playground is not built (${file} is missing): run npm run build:web`, 2);
  }
}

/** Answers GET / (and /index.html, /playground.html) with the page; 404 for any other path, 405 for other methods. */
function handler(page: Buffer): http.RequestListener {
  return (req, res) => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('405 method not allowed\n');
      return;
    }
    const url = (req.url ?? '/').split('?')[0];
    if (url !== '/' && url !== '/index.html' && url !== '/playground.html') {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('404 not found: the playground is at /\n');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length });
    res.end(req.method === 'HEAD' ? undefined : page);
  };
}

/** Listen on HOST:port; a port in use (or not allowed) is a CliError. */
function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new CliError(`port ${port} on ${HOST} is already in use: stop what uses it, or choose another port with --port N`, 2));
      else if (e.code === 'EACCES') reject(new CliError(`not allowed to listen on port ${port} on ${HOST} (ports below 1024 need privileges): choose another with --port N`, 2));
      else reject(new CliError(`cannot listen on ${HOST}:${port}: ${e.message}`, 2));
    });
    server.listen(port, HOST, () => resolve((server.address() as { port: number }).port));
  });
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { values, operands } = parseOptions(argv, SERVE_OPTIONS, 'serve');
  if (values.has('help')) {
    writeOut(SERVE_HELP);
    return 0;
  }
  if (operands.length > 0) throw new UsageError(`serve takes no operands (got '${operands[0]}')`, 'serve');
  const port = parsePort(values.get('port') as string | undefined);
  const server = http.createServer(handler(readPlayground()));
  const bound = await listen(server, port);
  writeOut(`gclab playground: http://${HOST}:${bound}/  (only this machine can reach it; Ctrl-C stops it)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  writeErr('gclab serve: stopped\n');
  return 0;
}
