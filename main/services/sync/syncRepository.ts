// One sync of a repository with its shared git remote: commit what changed here, fetch, merge
// by Ktav's rules (an article by block, a picture record by field: ./mergeArticle.ts,
// ./mergeMediaRecord.ts), push. What cannot be merged is kept on both sides: ours in the file,
// theirs as a version of the article (reason "conflict", in the versions tab) or, for other
// files, as a private copy in conflicts/; every such place is reported.
//
// The repository folder is the git work tree; .gitignore keeps derived and private files
// (./syncIgnore.ts) off the remote. Git's own files change atomically, and a sync killed half-way
// leaves a merge in progress that the next sync folds into its own commit, so nothing is lost.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KtavError } from '../../../shared/api/errors.js';
import { articleFields, bodyText, countWords, docFromJSON } from '../../../shared/editor/document.js';
import type { ArticleFile } from '../../../shared/model/article.js';
import type { MediaRecord } from '../../../shared/model/media.js';
import { VersionStore } from '../history/versionStore.js';
import type { RepositoryLayout } from '../repository.js';
import { atomicWrite } from '../storage/atomicWrite.js';
import { commitMessage, type ChangedPath } from './commitMessage.js';
import type { KeptConflict } from './conflict.js';
import { Git, GitFailed, type GitCredentials, type GitResult } from './git.js';
import { mergeArticle } from './mergeArticle.js';
import { mergeMediaRecord } from './mergeMediaRecord.js';
import { SYNC_IGNORE_TEXT, withSyncIgnore } from './syncIgnore.js';
import { takeSyncLock } from './syncLock.js';
import { writeFilesAt } from './treeFiles.js';

export interface SyncOptions {
  /** The remote's address; given once to link the repository (or to change the address). */
  remote?: string;
  credentials?: GitCredentials | null;
  /** Who the commits are by: the sharing settings' name. */
  author: { name: string; email: string };
  now?: () => Date;
  /**
   * Runs the local merge (never the network) while nothing else writes to the folder: the
   * running app passes its write gate's `hold` (../storage/writeGate.ts); the command line,
   * alone with the repository, needs none.
   */
  hold?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** The report, and the files of the folder the sync wrote or removed, for a running app to take in. */
export interface SyncOutcome extends SyncReport {
  changed: string[];
}

/** A conflict kept for a person, and where the other side's text is. */
export type SyncConflict = (KeptConflict | { subject: { kind: 'file'; path: string }; place: { kind: 'file' }; ours: null; theirs: null }) & {
  /** The version (articles) or copy (other files) holding theirs; for a picture, the record itself names both. */
  keptAt: string | null;
};

export interface SyncReport {
  /** Commits sent to the remote. */
  pushed: number;
  /** Files that came from the remote unchanged here. */
  pulled: number;
  /** Files changed on both sides and merged. */
  merged: number;
  conflicts: SyncConflict[];
}

const BRANCH = 'main';
const REMOTE_BRANCH = `refs/remotes/origin/${BRANCH}`;
const ARTICLE = /^articles\/([^/]+)\.json$/;
const RECORD = /^media\/([a-f0-9]{64})\.json$/;

export async function syncRepository(layout: RepositoryLayout, options: SyncOptions): Promise<SyncOutcome> {
  const now = options.now ?? (() => new Date());
  const git = new Git(layout.root, options.credentials ?? null, options.author);
  const url = await linkRepository(git, layout, options.remote);
  const release = await takeSyncLock(layout.root);
  try {
    return await syncLinked(git, layout, url, now, options.hold ?? ((work) => work()));
  } finally {
    await release();
  }
}

async function syncLinked(git: Git, layout: RepositoryLayout, url: string, now: () => Date, hold: NonNullable<SyncOptions['hold']>): Promise<SyncOutcome> {
  const changed = new Set<string>();

  // A push can lose a race with another machine's: then fetch and merge again.
  for (let attempt = 0; ; attempt++) {
    await commitLocalChanges(git, layout);
    const fetched = await git.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-auto-maintenance', 'origin', `+refs/heads/${BRANCH}:${REMOTE_BRANCH}`]);
    if (fetched.code !== 0 && !/couldn't find remote ref/i.test(fetched.stderr)) throw remoteError(url, fetched, ['fetch']);
    // Both ends in one process: a sync with nothing to do is mostly the cost of starting git.
    const [theirs = null, before = null] = fetched.code === 0 ? await git.commitsOf([REMOTE_BRANCH, 'HEAD']) : [null, null];
    const report: SyncOutcome = { pushed: 0, pulled: 0, merged: 0, conflicts: [], changed: [] };
    // Nothing new there (the remote has nothing this machine lacks): no merge, and no hold.
    const behind = theirs !== null && theirs !== before && (await git.run(['merge-base', '--is-ancestor', theirs, 'HEAD'])).code !== 0;
    if (theirs && behind) {
      // Saves made while fetching are committed first, inside the hold, so the merge meets every word.
      const merged = await hold(async () => {
        await commitLocalChanges(git, layout);
        return mergeRemote(git, layout, theirs, url, now, changed);
      });
      Object.assign(report, merged);
    }
    report.changed = [...changed];
    const head = behind || before === null ? await git.commitOf('HEAD') : before;
    if (head === theirs) return report;
    report.pushed = Number((await git.ok(['rev-list', '--count', theirs ? `${theirs}..HEAD` : 'HEAD'])).trim());
    // A successful push also moves the remote-tracking branch (git does so for a configured remote).
    const pushed = await git.run(['push', '--quiet', 'origin', `HEAD:refs/heads/${BRANCH}`]);
    if (pushed.code === 0) return report;
    if (!/rejected|fetch first|non-fast-forward/i.test(pushed.stderr) || attempt >= 2) throw remoteError(url, pushed, ['push']);
  }
}

/** Makes the folder a git work tree on `main` with Ktav's .gitignore, linked to `remote`; returns the remote's address. */
export async function linkRepository(git: Git, layout: RepositoryLayout, remote: string | undefined): Promise<string> {
  if (!existsSync(join(layout.root, '.git'))) await git.ok(['init', '--quiet', `--initial-branch=${BRANCH}`]);
  const ignore = join(layout.root, '.gitignore');
  if (!existsSync(ignore)) await atomicWrite(ignore, SYNC_IGNORE_TEXT);
  else {
    // A repository shared by an older Ktav: what it did not yet keep private (the outbox) becomes so.
    const existing = await readFile(ignore, 'utf8');
    const next = withSyncIgnore(existing);
    if (next !== existing) await atomicWrite(ignore, next);
  }
  const linked = await git.run(['remote', 'get-url', 'origin']);
  if (remote === undefined) {
    if (linked.code !== 0) throw new KtavError('invalid-arguments', 'syncNoRemote');
    return linked.stdout.trim();
  }
  if (linked.stdout.trim() !== remote) await git.ok(['remote', linked.code === 0 ? 'set-url' : 'add', 'origin', remote]);
  return remote;
}

/** Commits every change in the folder (a merge a killed sync left half-done included). */
async function commitLocalChanges(git: Git, layout: RepositoryLayout): Promise<void> {
  // A sync killed half-way may leave git's index lock behind: only a sync writes this repository's
  // index (the pending count reads it without locks, ./pendingChanges.ts), and this one holds the
  // sync lock (./syncLock.ts), so a lock found now is stale.
  await rm(join(layout.root, '.git', 'index.lock'), { force: true });
  if (existsSync(join(layout.root, '.git', 'MERGE_HEAD'))) await git.ok(['merge', '--quit']);
  // Most syncs find nothing changed here: one `status` says so, where `add` and `diff` would be two
  // processes each reading the whole index.
  if ((await git.ok(['status', '--porcelain', '-z', '--untracked-files=all', '--no-renames'])) === '') return;
  await git.ok(['add', '--all']);
  const staged = await stagedChanges(git);
  if (staged.length === 0) return;
  await git.ok(['commit', '--quiet', '--no-verify', '-F', '-'], commitMessage(staged));
}

async function stagedChanges(git: Git): Promise<ChangedPath[]> {
  const out = await git.ok(['diff', '--cached', '--name-status', '--no-renames', '-z']);
  const parts = out.split('\0').filter(Boolean);
  const changes: ChangedPath[] = [];
  if (parts.length === 0) return changes;
  const hasHead = (await git.commitOf('HEAD')) !== null;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i]!.startsWith('A') ? 'added' : parts[i]!.startsWith('D') ? 'deleted' : 'modified';
    const path = parts[i + 1]!;
    // The staged text (`git show :<path>`), or for a deletion the last committed one.
    const text = status === 'deleted' ? (hasHead ? await git.show('HEAD', path) : null) : await git.show('', path);
    changes.push({ status, path, text });
  }
  return changes;
}

/** Brings the remote's commit into HEAD: joining, fast-forward, or a merge by Ktav's rules. */
async function mergeRemote(git: Git, layout: RepositoryLayout, theirs: string, url: string, now: () => Date, changed: Set<string>): Promise<Omit<SyncReport, 'pushed'>> {
  const ours = (await git.commitOf('HEAD'))!;
  const none = { pulled: 0, merged: 0, conflicts: [] };
  if (ours === theirs || (await git.run(['merge-base', '--is-ancestor', theirs, ours])).code === 0) return none;
  // Something new from the remote: it must be a Ktav repository before anything of it comes in.
  if ((await git.run(['cat-file', '-e', `${theirs}:ktav.json`])).code !== 0) throw new KtavError('remote', 'syncNotKtav', { url });
  const baseRun = await git.run(['merge-base', ours, theirs]);
  const base = baseRun.code === 0 ? baseRun.stdout.trim() : null;

  if (base === null && (await isNewRepository(git, ours, theirs))) {
    // Joining: this machine's repository is new (nothing but its own ktav.json): take the remote's.
    const pulled = await moveTo(git, layout, ours, theirs, changed);
    await settleIndex(git, layout);
    return { ...none, pulled };
  }
  if (base === ours) return { ...none, pulled: await moveTo(git, layout, ours, theirs, changed) }; // a fast-forward

  const changedOurs = base ? await changedBetween(git, base, ours) : await filesOf(git, ours);
  const changedTheirs = base ? await changedBetween(git, base, theirs) : await filesOf(git, theirs);
  // Record the merge (both parents) and keep our tree; then bring in theirs, file by file.
  await git.ok(['merge', '--quiet', '--no-commit', '--no-ff', '--allow-unrelated-histories', '-s', 'ours', theirs]);
  const report: Omit<SyncReport, 'pushed'> = { pulled: 0, merged: 0, conflicts: [] };
  const versions = new VersionStore(layout, now);
  const onlyTheirs = [...changedTheirs].filter((path) => !changedOurs.has(path));
  await writeFilesAt(git, layout.root, theirs, onlyTheirs);
  for (const path of onlyTheirs) changed.add(path);
  report.pulled += onlyTheirs.length;
  for (const path of changedTheirs) {
    if (!changedOurs.has(path)) continue;
    if (!ARTICLE.test(path) && !RECORD.test(path)) {
      // Not a file Ktav merges (a picture, a version, the house style): compared and kept as bytes.
      const [o, t] = await Promise.all([git.showBytes(ours, path), git.showBytes(theirs, path)]);
      if (o === null ? t === null : t !== null && o.equals(t)) continue;
      report.merged++;
      report.conflicts.push(...(await keepBoth(layout, path, t, now)));
      continue;
    }
    const [b, o, t] = await Promise.all([base ? git.show(base, path) : null, git.show(ours, path), git.show(theirs, path)]);
    if (o === t) continue;
    report.merged++;
    changed.add(path);
    report.conflicts.push(...(await mergeFile(layout, versions, path, b, o, t, now)));
  }
  await git.ok(['add', '--all']);
  await git.ok(['commit', '--quiet', '--no-verify', '-F', '-'], `Ktav: merged ${report.merged} and received ${report.pulled} files from the shared repository\n`);
  return report;
}

/** Merges one file changed on both sides; returns the conflicts kept. */
async function mergeFile(layout: RepositoryLayout, versions: VersionStore, path: string, b: string | null, o: string | null, t: string | null, now: () => Date): Promise<SyncConflict[]> {
  const target = join(layout.root, path);
  const write = async (text: string | null) => (text === null ? rm(target, { force: true }) : writeText(target, text));
  if (ARTICLE.test(path)) {
    const parsed = [b, o, t].map((x) => parseJSON<ArticleFile>(x));
    if (parsed.every((p, i) => p !== undefined || [b, o, t][i] === null)) {
      const [base, ours, theirs] = parsed as (ArticleFile | null)[];
      const merged = mergeArticle(base ?? null, ours ?? null, theirs ?? null);
      await write(merged.file === null ? null : `${JSON.stringify(merged.file, null, 1)}\n`);
      if (merged.conflicts.length === 0) return [];
      // Theirs is kept whole as a version of the article: the versions tab compares and restores it.
      const kept = theirs ? await keepAsVersion(versions, theirs) : null;
      const keptAt = kept ? join('articles', `${theirs!.id}.history`, `${kept.name}.json`) : null;
      return merged.conflicts.map((c) => ({ ...c, keptAt }));
    }
  } else if (RECORD.test(path)) {
    const parsed = [b, o, t].map((x) => parseJSON<MediaRecord>(x));
    if (parsed.every((p, i) => p !== undefined || [b, o, t][i] === null)) {
      const [base, ours, theirs] = parsed as (MediaRecord | null)[];
      const merged = mergeMediaRecord(base ?? null, ours ?? null, theirs ?? null);
      await write(merged.record === null ? null : `${JSON.stringify(merged.record, null, 1)}\n`);
      return merged.conflicts.map((c) => ({ ...c, keptAt: null }));
    }
  }
  // An article or record one side damaged: ours stays, theirs is kept beside.
  return keepBoth(layout, path, t === null ? null : Buffer.from(t, 'utf8'), now);
}

/** A file changed differently on both sides that Ktav does not merge: ours stays, theirs is kept in conflicts/. */
async function keepBoth(layout: RepositoryLayout, path: string, theirs: Buffer | null, now: () => Date): Promise<SyncConflict[]> {
  if (theirs === null) return [];
  const keptAt = join('conflicts', `${path.replace(/[/\\]/g, '__')}.${now().toISOString().replace(/[:.]/g, '-')}.theirs`);
  await writeBytes(join(layout.root, keptAt), theirs);
  return [{ subject: { kind: 'file', path }, place: { kind: 'file' }, ours: null, theirs: null, keptAt }];
}

async function keepAsVersion(versions: VersionStore, file: ArticleFile) {
  const doc = docFromJSON(file.doc);
  return versions.keep(file, 'conflict', articleFields(doc).headline, countWords(bodyText(doc)));
}

/**
 * Joining or a fast-forward: the files that differ written from `theirs`, then HEAD and the index
 * moved there (the files are already as git expects them). Returns how many files came.
 */
async function moveTo(git: Git, layout: RepositoryLayout, ours: string, theirs: string, changed: Set<string>): Promise<number> {
  const files = await changedBetween(git, ours, theirs);
  await writeFilesAt(git, layout.root, theirs, files);
  await git.ok(['reset', '--quiet', '--mixed', theirs]);
  for (const f of files) changed.add(f);
  return files.size;
}

/**
 * Git compares a file's time with its index's in whole seconds (as Debian builds it), so a file
 * written in the same second as the index is "racily clean": every later `status` reads it again
 * to be sure, and stays unsure until the index is written in a later second. After a join, which
 * writes every file, that was 200 pictures read again by each sync of that second (80–180 ms of
 * a sync with nothing to do). So a join waits for the next second and refreshes the index once.
 */
async function settleIndex(git: Git, layout: RepositoryLayout): Promise<void> {
  const written = (await stat(join(layout.root, '.git', 'index'))).mtimeMs;
  const nextSecond = Math.floor(written / 1000) * 1000 + 1000;
  if (Date.now() < nextSecond) await new Promise((resolve) => setTimeout(resolve, nextSecond - Date.now() + 5));
  await git.run(['update-index', '-q', '--refresh']);
}

/**
 * Nothing here yet but what Ktav made on opening it (ktav.json, .gitignore), and files exactly as
 * the remote has them: what a join killed half-way left (its files are whole, see ./treeFiles.ts),
 * so joining again simply goes on.
 */
async function isNewRepository(git: Git, ours: string, theirs: string): Promise<boolean> {
  const [mine, remote] = await Promise.all([git.blobIds(ours), git.blobIds(theirs)]);
  return [...mine].every(([path, blob]) => path === 'ktav.json' || path === '.gitignore' || remote.get(path) === blob);
}

async function filesOf(git: Git, commit: string): Promise<Set<string>> {
  return new Set((await git.ok(['ls-tree', '-r', '-z', '--name-only', commit])).split('\0').filter(Boolean));
}

async function changedBetween(git: Git, from: string, to: string): Promise<Set<string>> {
  return new Set((await git.ok(['diff', '--name-only', '--no-renames', '-z', from, to])).split('\0').filter(Boolean));
}

/** The parsed JSON, null for no file, undefined for a file that is not JSON. */
function parseJSON<T>(text: string | null): T | null | undefined {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

async function writeText(path: string, text: string): Promise<void> {
  await writeBytes(path, Buffer.from(text, 'utf8'));
}

async function writeBytes(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await atomicWrite(path, bytes);
}

/** Git's failure in the person's words; git's own text stays in the error's cause (the log). */
export function remoteError(url: string, result: GitResult, args: string[]): KtavError {
  const cause = new GitFailed(args, result);
  const text = result.stderr;
  if (/Authentication failed|could not read Username|could not read Password|HTTP 40[13]|returned error: 40[13]/i.test(text)) return new KtavError('remote', 'syncRefused', { url }, { cause });
  if (/Could not resolve host|Failed to connect|Connection refused|Couldn't connect|timed out|Could not connect/i.test(text)) return new KtavError('remote', 'syncUnreachable', { url }, { cause });
  if (/not found|does not appear to be a git repository|404|not valid|repository .* does not exist/i.test(text)) return new KtavError('remote', 'syncNotKtav', { url }, { cause });
  return new KtavError('remote', 'syncFailed', {}, { cause });
}

