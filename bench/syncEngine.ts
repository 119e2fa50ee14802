// Which git engine should carry the shared repository: Debian's `git` in child processes, or
// isomorphic-git (pure JavaScript, nothing to install)? And how Ktav's sync, built on the first,
// compares with plain git. `npm run bench:sync-engine`. Each does the same three things against the same loopback smart-HTTP remote, in alternating rounds:
//   join      a new machine receives the repository (clone)
//   no-op     a sync with nothing to do (fetch, then merge: already up to date)
//   one       a sync that carries one changed article (find what changed, commit, push)
// on a repository of KTAV_BENCH_ARTICLES article files (default 10,000) and KTAV_BENCH_PICTURES pictures (200). isomorphic-git is not a
// dependency of Ktav: it is measured from a scratch install named by KTAV_BENCH_SCRATCH
// (`npm install --prefix /tmp/scratch isomorphic-git@1.44.11`), and left out without one.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openRepository, RepositoryLayout } from '../main/services/repository.js';
import { syncRepository } from '../main/services/sync/syncRepository.js';
import { startGitRemote } from '../tests/support/gitRemote.js';
import { replaceSection } from './resultsFile.js';

const ARTICLES = Number(process.env.KTAV_BENCH_ARTICLES ?? 10_000);
const ROUNDS = Number(process.env.KTAV_BENCH_ROUNDS ?? 3);
const PICTURES = Number(process.env.KTAV_BENCH_PICTURES ?? 200);
const PICTURE_BYTES = 300_000;
const scratch = process.env.KTAV_BENCH_SCRATCH;
const run = promisify(execFile);
const author = { name: 'דנה לוי', email: 'dana@example.org' };
const gitEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]) =>
  run('git', ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, '-c', 'init.defaultBranch=main', ...args], { cwd, env: gitEnv, maxBuffer: 64 << 20 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** An article file of about the size a real one has (a headline, a lead, eight paragraphs). */
function articleJson(i: number, edit = 0): string {
  const para = (t: string) => ({ type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: t }] });
  const doc = {
    type: 'doc',
    content: [
      { type: 'headline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: `כתבה ${i}: מועצת העיר אישרה את תקציב 2027` }] },
      { type: 'subheadline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'הדיון נמשך עד חצות' }] },
      { type: 'byline', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'דנה לוי' }] },
      ...Array.from({ length: 8 }, (_, p) => para(`פסקה ${p + 1} (${edit}) של כתבה ${i}, עם Tel Aviv Municipality ו-3.5% ועוד מילים רבות כדי שהפסקה תהיה באורך של פסקה אמיתית בעיתון.`)),
    ],
  };
  return `${JSON.stringify({ format: 1, id: `a${String(i).padStart(6, '0')}`, revision: edit, meta: { status: 'draft' }, doc }, null, 1)}\n`;
}

const root = await mkdtemp(join(tmpdir(), 'ktav-bench-sync-'));
const remote = await startGitRemote(join(root, 'server'), { serverScript: join(import.meta.dirname, '..', 'tests', 'support', 'gitHttpServer.mjs') });
const seed = join(root, 'seed');
await mkdir(join(seed, 'articles'), { recursive: true });
await writeFile(join(seed, 'ktav.json'), '{"format":1}\n');
for (let i = 0; i < ARTICLES; i++) await writeFile(join(seed, 'articles', `a${String(i).padStart(6, '0')}.json`), articleJson(i));
// Pictures as the media library keeps them: the file named by its content, and its record. Their
// bytes are random (a JPEG's compressed data is, to git): git cannot shrink them either.
await mkdir(join(seed, 'media'), { recursive: true });
for (let i = 0; i < PICTURES; i++) {
  const bytes = randomBytes(PICTURE_BYTES);
  const id = createHash('sha256').update(bytes).digest('hex');
  await writeFile(join(seed, 'media', `${id}.jpg`), bytes);
  await writeFile(join(seed, 'media', `${id}.json`), `${JSON.stringify({ format: 1, id, ext: 'jpg', originalName: `picture-${i}.jpg`, credit: { creditLine: 'דנה לוי' } }, null, 1)}\n`);
}
await git(seed, 'init', '--quiet');
await git(seed, 'add', '-A');
await git(seed, 'commit', '--quiet', '-m', 'the repository');
await git(seed, 'push', '--quiet', remote.url, 'HEAD:main');

/** The part of isomorphic-git's API the bench calls (it is not installed with Ktav, so not typed from it). */
interface IsomorphicGit {
  version(): string;
  clone(o: object): Promise<void>;
  fetch(o: object): Promise<unknown>;
  merge(o: object): Promise<unknown>;
  statusMatrix(o: object): Promise<[string, number, number, number][]>;
  add(o: object): Promise<void>;
  commit(o: object): Promise<string>;
  push(o: object): Promise<unknown>;
}

type Engine = { name: string; join(dir: string): Promise<void>; noop(dir: string): Promise<void>; one(dir: string, edit: number): Promise<void> };

const cli: Engine = {
  name: 'Debian `git` 2.39 (child processes)',
  async join(dir) {
    await git(root, 'clone', '--quiet', remote.url, dir);
  },
  async noop(dir) {
    await git(dir, 'fetch', '--quiet', 'origin');
    await git(dir, 'merge', '--quiet', '--ff-only', 'origin/main');
  },
  async one(dir, edit) {
    await writeFile(join(dir, 'articles', 'a000007.json'), articleJson(7, edit));
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '--quiet', '-m', `כתבה 7 (${edit})`);
    await git(dir, 'push', '--quiet', 'origin', 'HEAD:main');
  },
};

// Ktav's own sync over the same git: what `ktav sync` does, in this process.
const ktavSync: Engine = {
  name: 'Ktav’s sync (`syncRepository` over Debian `git`)',
  async join(dir) {
    const { layout } = await openRepository(dir);
    await syncRepository(layout, { remote: remote.url, author });
  },
  async noop(dir) {
    await syncRepository(new RepositoryLayout(dir), { author });
  },
  async one(dir, edit) {
    await writeFile(join(dir, 'articles', 'a000007.json'), articleJson(7, edit));
    await syncRepository(new RepositoryLayout(dir), { author });
  },
};

const engines: Engine[] = [cli, ktavSync];
const isoPath = scratch ? (() => { try { return createRequire(join(scratch, 'package.json')).resolve('isomorphic-git'); } catch { return null; } })() : null;
if (isoPath) {
  const req = createRequire(join(scratch!, 'package.json'));
  const iso = req('isomorphic-git') as IsomorphicGit;
  const http = req('isomorphic-git/http/node') as unknown;
  const version = iso.version();
  engines.push({
    name: `isomorphic-git ${version}`,
    async join(dir) {
      await iso.clone({ fs, http, dir, url: remote.url, ref: 'main', singleBranch: true });
    },
    async noop(dir) {
      await iso.fetch({ fs, http, dir, ref: 'main', singleBranch: true });
      await iso.merge({ fs, dir, ours: 'main', theirs: 'remotes/origin/main', author, fastForwardOnly: true });
    },
    async one(dir, edit) {
      await writeFile(join(dir, 'articles', 'a000007.json'), articleJson(7, edit));
      // What changed is found as `git add -A` finds it: every file's status against the index.
      const matrix = await iso.statusMatrix({ fs, dir });
      for (const [file, head, work, stage] of matrix) if (head !== work || work !== stage) await iso.add({ fs, dir, filepath: file });
      await iso.commit({ fs, dir, message: `כתבה 7 (${edit})`, author });
      await iso.push({ fs, http, dir, remote: 'origin', ref: 'main' });
    },
  });
}

const load = loadavg()[0]!.toFixed(1);
const times = new Map(engines.map((e) => [e.name, { join: [] as number[], noop: [] as number[], one: [] as number[] }]));
let edit = 1;
// The server is a process of its own: stop it however the rounds end.
process.on('exit', () => void remote.stop());
for (let round = 0; round < ROUNDS; round++) {
  for (const engine of engines) {
    const dir = join(root, `clone-${round}-${engines.indexOf(engine)}`);
    const t = times.get(engine.name)!;
    t.join.push(await timed(() => engine.join(dir)));
    // Each engine's clone is behind by the other's pushes: bring it up to date first, untimed.
    await engine.noop(dir);
    t.noop.push(await timed(() => engine.noop(dir)));
    t.one.push(await timed(() => engine.one(dir, edit++)));
    await rm(dir, { recursive: true, force: true });
  }
}
await remote.stop();
await rm(root, { recursive: true, force: true });

function verdict(ktav: number, git: number): string {
  const ratio = ktav / git;
  return `${ktav.toFixed(0)} ms, ${ratio.toFixed(2)}× plain git, ${ratio <= 2 && ktav < 1000 ? 'met' : '**not met**'}`;
}
const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
const rows = engines.map((e) => {
  const t = times.get(e.name)!;
  return `| ${e.name} | ${ms(t.join)} | ${ms(t.noop)} | ${ms(t.one)} |`;
});
const body = `## Sync engine: git or isomorphic-git (issue: sharing)

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform}, Node ${process.version}; load average ${load} at the start; a repository of ${ARTICLES.toLocaleString('en')} article files (about 2 KB each) and ${PICTURES} pictures (${PICTURE_BYTES / 1000} KB each, with their records) on a loopback smart-HTTP remote (Debian's \`git http-backend\`); ${ROUNDS} alternating rounds, medians.${isoPath ? '' : ' isomorphic-git was not measured (no KTAV_BENCH_SCRATCH install).'}

| engine | join (clone) | sync, nothing to do (fetch + merge) | sync of one changed article (find changes, commit, push) |
|---|---:|---:|---:|
${rows.join('\n')}

Ktav's targets: a sync of one changed article within 2× plain git and under a second: ${verdict(median(times.get(ktavSync.name)!.one), median(times.get(cli.name)!.one))}; a sync with nothing to do under 300 ms: ${median(times.get(ktavSync.name)!.noop).toFixed(0)} ms, ${median(times.get(ktavSync.name)!.noop) < 300 ? 'met' : '**not met**'}.`;
console.log(body);
await replaceSection('sync-engine', body);
