// The sync as the running app does it (SyncService), against a real git remote on loopback: the
// sharing settings with the secret kept apart, "test the connection", two open repositories that
// meet, the open stores taking in what a sync brought, a save based on the text before the sync
// merged by block instead of refused, the same block kept as a conflict for a person, and the
// states the top bar shows.
import { statSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KtavError } from '../../../shared/api/errors.js';
import { createServices, type Services } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { FileSecrets, MemorySecrets, type SecretStore } from '../../../main/services/secrets/secretStore.js';
import { WriteGate } from '../../../main/services/storage/writeGate.js';
import { startGitRemote } from '../../support/gitRemote.js';
import { articleDoc, para } from '../../support/docs.js';
import { bodyOf, bodyTexts } from '../../support/syncRepos.js';
import { withTempDir } from '../../support/tempDir.js';

const open = (dir: string, secrets: SecretStore = new MemorySecrets()) => createServices(dir, new MemorySettings(), { secrets, syncTiming: { afterWriteMs: 60_000, periodicMs: 600_000 } });

/** Search answers once its index is loaded; until then it says so. */
async function searchIds(s: Services, query: string): Promise<string[]> {
  for (let i = 0; ; i++) {
    try {
      return (await s.search.search(query)).map((r) => r.id);
    } catch (error) {
      if (i > 200) throw error;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

async function both<T>(a: Services, b: Services, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await a.close();
    await b.close();
  }
}

describe('sync in the running app', () => {
  it('keeps the secret in a file only its owner may read, never in the repository', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'user-data', 'secrets.json');
      const s = await open(join(dir, 'repo'), new FileSecrets(path));
      try {
        const sharing = await s.sync.setSharing({ remote: 'http://127.0.0.1:9/none.git', user: 'dana', secret: 'tok-123' });
        expect(sharing).toMatchObject({ remote: 'http://127.0.0.1:9/none.git', user: 'dana', hasSecret: true, secretKept: 'user-file' });
        expect(statSync(path).mode & 0o777).toBe(0o600);
        expect(readFileSync(join(dir, 'repo', '.git', 'config'), 'utf8')).not.toContain('tok-123');
        // An address carrying a password or another scheme is refused, changing nothing.
        await expect(s.sync.setSharing({ remote: 'http://dana:pw@127.0.0.1/x.git', user: 'dana' })).rejects.toMatchObject({ key: 'syncBadAddress' });
        await expect(s.sync.setSharing({ remote: 'file:///etc', user: 'dana' })).rejects.toMatchObject({ key: 'syncBadAddress' });
        expect((await s.sync.sharing()).remote).toBe('http://127.0.0.1:9/none.git');
        expect((await s.sync.setSharing({ remote: 'http://127.0.0.1:9/none.git', user: 'dana', secret: null })).hasSecret).toBe(false);
      } finally {
        await s.close();
      }
    });
  });

  it('tests a connection: empty, Ktav’s, refused, unreachable, not Ktav’s', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'), { auth: { user: 'dana', password: 'right' } });
      const other = await startGitRemote(join(dir, 'other'), { name: 'code' });
      const s = await open(join(dir, 'repo'));
      try {
        expect(await s.sync.test(remote.url, 'dana', 'right')).toBe('empty');
        await expect(s.sync.test(remote.url, 'dana', 'wrong')).rejects.toMatchObject({ key: 'syncRefused' });
        await s.sync.setSharing({ remote: remote.url, user: 'dana', secret: 'right' });
        await s.sync.syncNow();
        // With the secret kept, a test needs none.
        expect(await s.sync.test(remote.url, 'dana')).toBe('ktav');
        // Someone else's repository: has a main branch, no ktav.json.
        const code = join(dir, 'code');
        const { execFileSync } = await import('node:child_process');
        execFileSync('git', ['init', '-q', '-b', 'main', code]);
        execFileSync('git', ['-C', code, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '--allow-empty', '-m', 'x']);
        execFileSync('git', ['-C', code, 'push', '-q', other.url, 'main']);
        await expect(s.sync.test(other.url, null)).rejects.toMatchObject({ key: 'syncNotKtav' });
        await remote.stop();
        await expect(s.sync.test(remote.url, 'dana')).rejects.toMatchObject({ key: 'syncUnreachable' });
      } finally {
        await s.close();
        await remote.stop();
        await other.stop();
      }
    });
  });

  it('two open repositories meet: the stores take in what came, a save on the old text is merged, the same block is a conflict', async () => {
    await withTempDir(async (dir) => {
      const remote = await startGitRemote(join(dir, 'server'));
      const reporter = await open(join(dir, 'reporter'));
      const desk = await open(join(dir, 'desk'));
      await both(reporter, desk, async () => {
        expect((await reporter.sync.status()).state).toBe('off');
        const file = await reporter.articles.create();
        const written = await reporter.articles.save(file.id, 0, articleDoc('שריפה בכרמל', [para('ראשונה.'), para('שנייה.'), para('שלישית.')]));
        await reporter.sync.setSharing({ remote: remote.url, user: 'dana', secret: null });
        await reporter.sync.syncNow();
        expect((await reporter.sync.status()).state).toBe('synced');

        // The desk joins with its window open: the list, the search index and the file all have it.
        const changes: string[][] = [];
        desk.sync.onChanges((c) => changes.push(c.articles));
        await desk.sync.setSharing({ remote: remote.url, user: 'desk', secret: null });
        await desk.sync.syncNow();
        expect(desk.articles.list().map((a) => a.id)).toContain(file.id);
        expect(changes.flat()).toContain(file.id);
        expect(await searchIds(desk, 'בכרמל')).toContain(file.id);

        // The desk edits the third paragraph and syncs; the reporter's window still holds the old
        // text (revision `written`) and types in the first: the save is merged by block, not refused.
        const d = await desk.articles.get(file.id);
        await desk.articles.save(file.id, d.revision, articleDoc('שריפה בכרמל', [para('ראשונה.'), para('שנייה.'), para('שלישית, מהדסק.')]));
        expect(desk.articles.list().find((a) => a.id === file.id)?.changedBy).toBe('desk');
        await desk.sync.syncNow();
        await reporter.sync.syncNow();
        expect(reporter.articles.list().find((a) => a.id === file.id)?.changedBy).toBe('desk');
        const saved = await reporter.articles.save(file.id, written.revision, articleDoc('שריפה בכרמל', [para('ראשונה, מהשטח.'), para('שנייה.'), para('שלישית.')]));
        expect(saved.merged && bodyTexts(saved.merged)).toEqual(['ראשונה, מהשטח.', 'שנייה.', 'שלישית, מהדסק.']);
        expect(bodyOf(join(dir, 'reporter'), file.id)).toEqual(['ראשונה, מהשטח.', 'שנייה.', 'שלישית, מהדסק.']);
        expect((await reporter.sync.status()).pending).toBeGreaterThan(0);

        // Both change the second paragraph: the reporter's text stays, the desk's is a version, the conflict waits.
        await reporter.sync.syncNow();
        await desk.sync.syncNow();
        const r = await reporter.articles.get(file.id);
        await reporter.articles.save(file.id, r.revision, articleDoc('שריפה בכרמל', [para('ראשונה, מהשטח.'), para('שנייה של הכתבת.'), para('שלישית, מהדסק.')]));
        const d2 = await desk.articles.get(file.id);
        await desk.articles.save(file.id, d2.revision, articleDoc('שריפה בכרמל', [para('ראשונה, מהשטח.'), para('שנייה של הדסק.'), para('שלישית, מהדסק.')]));
        await desk.sync.syncNow();
        await reporter.sync.syncNow();
        const status = await reporter.sync.status();
        expect(status.state).toBe('conflict');
        expect(status.conflicts).toHaveLength(1);
        expect(status.conflicts[0]).toMatchObject({ subject: { kind: 'article', id: file.id }, place: { kind: 'block', block: 1 } });
        expect(bodyOf(join(dir, 'reporter'), file.id)[1]).toBe('שנייה של הכתבת.');
        const keptAt = status.conflicts[0]!.keptAt!;
        expect(existsSync(join(dir, 'reporter', keptAt))).toBe(true);
        expect(readFileSync(join(dir, 'reporter', keptAt), 'utf8')).toContain('שנייה של הדסק.');
        // The person takes theirs: that paragraph only; the other paragraphs stay as they are.
        await reporter.sync.decide(status.conflicts[0]!.key, 'theirs');
        expect(bodyOf(join(dir, 'reporter'), file.id)).toEqual(['ראשונה, מהשטח.', 'שנייה של הדסק.', 'שלישית, מהדסק.']);
        expect((await reporter.sync.status()).state).not.toBe('conflict');
        await expect(reporter.sync.decide(status.conflicts[0]!.key, 'ours')).rejects.toMatchObject({ key: 'syncConflictGone' });
      });
      await remote.stop();
    });
  });

  it('says offline when the remote is gone, and syncs what waited when it is back', async () => {
    await withTempDir(async (dir) => {
      const server = join(dir, 'server');
      let remote = await startGitRemote(server);
      const s = await open(join(dir, 'repo'));
      try {
        await s.sync.setSharing({ remote: remote.url, user: 'dana', secret: null });
        await s.sync.syncNow();
        await remote.stop();
        const file = await s.articles.create();
        await s.sync.syncNow();
        const offline = await s.sync.status();
        expect(offline.state).toBe('offline');
        expect(offline.pending).toBeGreaterThan(0);
        expect(offline.problem).toBeTruthy();
        // Back on the same port is not promised: point the repository at the new address.
        remote = await startGitRemote(join(dir, 'server2'));
        const { execFileSync } = await import('node:child_process');
        execFileSync('git', ['-C', join(server, 'newsroom.git'), 'push', '-q', '--mirror', remote.bareDir]);
        await s.sync.setSharing({ remote: remote.url, user: 'dana', secret: null });
        await s.sync.syncNow();
        const back = await s.sync.status();
        expect(back.state).toBe('synced');
        expect(back.pending).toBe(0);
        expect(execFileSync('git', ['-C', remote.bareDir, 'ls-tree', '-r', '--name-only', 'main'], { encoding: 'utf8' })).toContain(`articles/${file.id}.json`);
      } finally {
        await s.close();
        await remote.stop();
      }
    });
  });
});

describe('the write gate', () => {
  it('lets a hold wait for writes under way and makes new ones wait for it', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    let finishWrite!: () => void;
    const write = gate.enter(() => new Promise<void>((r) => (finishWrite = () => (order.push('write'), r()))));
    const hold = gate.hold(async () => {
      order.push('hold');
      await new Promise((r) => setTimeout(r, 20));
      order.push('hold-end');
    });
    await new Promise((r) => setTimeout(r, 5));
    const later = gate.enter(async () => void order.push('later'));
    expect(order).toEqual([]);
    finishWrite();
    await Promise.all([write, hold, later]);
    expect(order).toEqual(['write', 'hold', 'hold-end', 'later']);
  });

  it('an error in a hold releases it', async () => {
    const gate = new WriteGate();
    await expect(gate.hold(() => Promise.reject(new KtavError('internal', 'internal')))).rejects.toBeInstanceOf(KtavError);
    expect(await gate.enter(async () => 1)).toBe(1);
  });
});
