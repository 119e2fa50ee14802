#!/usr/bin/env node
// A real git remote for tests: Debian's `git http-backend` (smart HTTP, the protocol every git
// host speaks) behind a small HTTP server on 127.0.0.1, with basic auth when asked for.
//   node tests/support/gitHttpServer.mjs <folder of bare repositories> [--user U --password P]
// Prints `listening <port>` once it serves. It runs in its own process because the CGI is
// started per request: a test that blocked its own event loop (spawnSync git) while serving from
// it would deadlock its own request.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { user: { type: 'string' }, password: { type: 'string' }, port: { type: 'string', default: '0' } },
});
const projectRoot = resolve(positionals[0] ?? '.');
// `--user a,b`: each of these users, with the one password (a newsroom's accounts on one host).
const users = values.user ? values.user.split(',') : [];
const accepted = new Map(users.map((u) => [`Basic ${Buffer.from(`${u}:${values.password ?? ''}`).toString('base64')}`, u]));
const expected = users.length > 0;

const server = createServer((req, res) => {
  if (expected && !accepted.has(req.headers.authorization ?? '')) {
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="ktav-test"' }).end('authentication required\n');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const cgi = spawn('git', ['http-backend'], {
    env: {
      ...process.env,
      GIT_PROJECT_ROOT: projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      CONTENT_LENGTH: req.headers['content-length'] ?? '',
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      HTTP_GIT_PROTOCOL: req.headers['git-protocol'] ?? '',
      REMOTE_USER: accepted.get(req.headers.authorization ?? '') ?? '',
      REMOTE_ADDR: req.socket.remoteAddress ?? '',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  req.pipe(cgi.stdin);
  // A CGI answers with headers, a blank line, then the body.
  let head = Buffer.alloc(0);
  let headersDone = false;
  cgi.stdout.on('data', (chunk) => {
    if (headersDone) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    headersDone = true;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else res.setHeader(name, value);
    }
    res.writeHead(status);
    res.write(head.subarray(end + 4));
  });
  cgi.stdout.on('end', () => res.end());
  cgi.on('error', () => res.writeHead(500).end());
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : values.port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
