// Debian's (or the system's) `git`, run as a child process, never through a shell. Chosen over
// isomorphic-git by measuring (bench:sync-engine): on a 10,000-article repository it joins three to
// four times and carries one change four to five times as fast. The password or token never reaches a
// command line, a log or the repository: it travels in the child's environment as an HTTP
// header (GIT_CONFIG_COUNT), and prompts are off, so git fails instead of asking.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { join } from 'node:path';

/**
 * A sync is background work: its git processes (and the helpers they start, which inherit it)
 * run at a lower priority, so on a laptop's two cores the window's thread gets the CPU first and
 * typing does not stall while git packs or hashes. Set right after the start, before git has
 * forked anything; where the system refuses, git simply runs at the normal priority.
 */
const LOWER_BY = 10;
function inBackground<T extends ChildProcess>(child: T): T {
  try {
    if (child.pid !== undefined) setPriority(child.pid, Math.min(19, getPriority(child.pid) + LOWER_BY));
  } catch {
    // not allowed here (some sandboxes): nothing lost but the courtesy
  }
  return child;
}

export interface GitCredentials {
  user: string;
  secret: string;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class Git {
  constructor(
    readonly dir: string,
    private readonly credentials: GitCredentials | null = null,
    private readonly author: { name: string; email: string } = { name: 'Ktav', email: 'ktav@localhost' },
  ) {}

  /** Runs `git <args>` in the repository; resolves with the exit code (never rejects on one). */
  run(args: string[], input?: string): Promise<GitResult> {
    const env = this.env();
    return new Promise((resolve) => {
      const child = inBackground(
        execFile('git', ['-c', 'core.quotePath=false', ...args], { cwd: this.dir, env, maxBuffer: 256 << 20, encoding: 'utf8' }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        }),
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  }

  private env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_ASKPASS: '',
      GIT_AUTHOR_NAME: this.author.name,
      GIT_AUTHOR_EMAIL: this.author.email,
      GIT_COMMITTER_NAME: this.author.name,
      GIT_COMMITTER_EMAIL: this.author.email,
      LC_ALL: 'C',
      // The repository folder's own git, never one of a folder around it.
      GIT_DIR: join(this.dir, '.git'),
      GIT_WORK_TREE: this.dir,
    };
    if (this.credentials) {
      const basic = Buffer.from(`${this.credentials.user}:${this.credentials.secret}`).toString('base64');
      Object.assign(env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}` });
    }
    return env;
  }

  /** `run`, failing with git's own words when git fails (for the log, not for the person). */
  async ok(args: string[], input?: string): Promise<string> {
    const r = await this.run(args, input);
    if (r.code !== 0) throw new GitFailed(args, r);
    return r.stdout;
  }

  /** A file's text at a revision, or null when it is not there. */
  async show(rev: string, path: string): Promise<string | null> {
    const r = await this.run(['show', `${rev}:${path}`]);
    return r.code === 0 ? r.stdout : null;
  }

  /** A file's bytes at a revision (pictures, anything not text), or null when it is not there. */
  showBytes(rev: string, path: string): Promise<Buffer | null> {
    return new Promise((resolve) => {
      inBackground(execFile('git', ['show', `${rev}:${path}`], { cwd: this.dir, env: this.env(), maxBuffer: 1 << 30, encoding: 'buffer' }, (error, stdout) => resolve(error ? null : stdout)));
    });
  }

  /**
   * Each path's bytes at `rev` (null where it is not there), in order, from one `git cat-file
   * --batch`: thousands of files without a process each. A generator, so a consumer that writes
   * them slows the reading down instead of holding the whole repository in memory.
   */
  async *blobs(rev: string, paths: readonly string[]): AsyncGenerator<[string, Buffer | null]> {
    // Asked by object id, not `rev:path`: git resolves each path from the commit's root, which
    // in a folder of 10,000 articles is a walk of that folder per file (20 s instead of 0.1 s).
    const ids = await this.blobIds(rev);
    const child = inBackground(spawn('git', ['cat-file', '--batch', '--buffer'], { cwd: this.dir, env: this.env(), stdio: ['pipe', 'pipe', 'ignore'] }));
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    child.stdin.on('error', () => undefined); // git gone early: the reading below says so
    // A path the commit does not have is asked as a name git cannot find: it answers "missing".
    child.stdin.end(paths.map((p) => `${ids.get(p) ?? 'missing-object'}\n`).join(''));
    let buffer: Buffer = Buffer.alloc(0);
    let next = 0;
    try {
      for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
        for (;;) {
          const eol = buffer.indexOf(10);
          if (eol < 0) break;
          const header = buffer.subarray(0, eol).toString('utf8');
          if (header.endsWith(' missing')) {
            buffer = buffer.subarray(eol + 1);
            yield [paths[next++]!, null];
            continue;
          }
          const size = Number(header.split(' ')[2]);
          if (!Number.isInteger(size)) throw new Error(`git cat-file: unexpected answer ${JSON.stringify(header)}`);
          if (buffer.length < eol + 1 + size + 1) break; // the rest of this file has not come yet
          const bytes = Buffer.from(buffer.subarray(eol + 1, eol + 1 + size));
          buffer = buffer.subarray(eol + 1 + size + 1);
          yield [paths[next++]!, bytes];
        }
      }
    } finally {
      if (next < paths.length) child.kill();
    }
    const code = await exited;
    if (next < paths.length) throw new Error(`git cat-file ended (${code}) after ${next} of ${paths.length} files`);
  }

  /** Every file of a commit with its blob's id. */
  async blobIds(rev: string): Promise<Map<string, string>> {
    const entries = (await this.ok(['ls-tree', '-r', '-z', rev])).split('\0').filter(Boolean);
    // "<mode> <type> <object>\t<path>"
    return new Map(entries.map((e) => {
      const tab = e.indexOf('\t');
      return [e.slice(tab + 1), e.slice(0, tab).split(' ')[2]!] as const;
    }));
  }

  /** The commits several names point at (null where one points nowhere), from one process. */
  async commitsOf(refs: readonly string[]): Promise<(string | null)[]> {
    // cat-file answers "<name> missing" for a name it cannot resolve, the commit's id otherwise.
    const out = await this.ok(['cat-file', '--batch-check=%(objectname)'], refs.map((r) => `${r}^{commit}\n`).join(''));
    const lines = out.split('\n');
    return refs.map((_, i) => {
      const line = lines[i]?.trim() ?? '';
      return /^[0-9a-f]{40,64}$/.test(line) ? line : null;
    });
  }

  /** The commit a name points at, or null. */
  async commitOf(ref: string): Promise<string | null> {
    return (await this.commitsOf([ref]))[0] ?? null;
  }
}

export class GitFailed extends Error {
  constructor(
    readonly args: string[],
    readonly result: GitResult,
  ) {
    super(`git ${args[0]} failed (${result.code}): ${result.stderr.trim()}`);
  }
}
