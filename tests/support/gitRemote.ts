// A git remote on loopback for a test: a bare repository served by gitHttpServer.mjs in its own
// process, with or without basic auth, stopped (or killed mid-way) by the test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SERVER = join(import.meta.dirname, 'gitHttpServer.mjs');

export interface GitRemote {
  /** The remote's address, `http://127.0.0.1:<port>/<name>.git`. */
  url: string;
  /** The bare repository's folder, to inspect what was pushed. */
  bareDir: string;
  /** The server's process (a bench lowers its priority: in a newsroom the remote is another machine). */
  pid: number;
  /** Stops the server; the bare repository stays. */
  stop(): Promise<void>;
}

export interface GitRemoteOptions {
  name?: string;
  auth?: { user: string; password: string };
  /** Where gitHttpServer.mjs is, for callers bundled elsewhere (the benches). */
  serverScript?: string;
}

/** Makes `<root>/<name>.git` (empty, pushes allowed) and serves it. */
export async function startGitRemote(root: string, options: GitRemoteOptions = {}): Promise<GitRemote> {
  const name = options.name ?? 'newsroom';
  const bareDir = join(root, `${name}.git`);
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', bareDir]);
  execFileSync('git', ['-C', bareDir, 'config', 'http.receivepack', 'true']);
  const args = [options.serverScript ?? SERVER, root, ...(options.auth ? ['--user', options.auth.user, '--password', options.auth.password] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await listeningPort(child);
  return {
    url: `http://127.0.0.1:${port}/${name}.git`,
    bareDir,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening (\d+)/.exec(output);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the git server exited (${code}) before it listened: ${output}`)));
  });
}
