// Autosave's schedule on a fake clock: saved within a second of a pause, at least every few
// seconds while typing continues, journaled in between, and stopped by a conflict.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, DEFAULT_AUTOSAVE, type SaveStatus } from '../../../renderer/features/editor/autosave.js';
import type { DocJSON } from '../../../shared/editor/document.js';
import type { Outcome } from '../../../shared/api/errors.js';

function rig(result: () => Outcome<{ revision: number }> = () => ({ ok: true, value: { revision: saves.length } })) {
  saves = [];
  journals = [];
  statuses = [];
  let n = 0;
  const autosave = new Autosave(
    () => ({ type: 'doc', content: [{ type: 'text', text: String(++n) }] }) as DocJSON,
    async (doc, base) => {
      saves.push({ at: Date.now(), base });
      return result();
    },
    0,
    (s) => statuses.push(s),
    DEFAULT_AUTOSAVE,
    async (_doc, base) => journals.push({ at: Date.now(), base }),
  );
  return autosave;
}

let saves: { at: number; base: number }[];
let journals: { at: number; base: number }[];
let statuses: SaveStatus[];

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves within one second after the person stops typing', async () => {
    const a = rig();
    a.changed();
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toHaveLength(1);
    expect(statuses.at(-1)).toEqual({ state: 'saved', revision: 1 });
  });

  it('saves at least every five seconds while typing never pauses, journaling in between', async () => {
    const a = rig();
    for (let t = 0; t < 12_000; t += 100) {
      a.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves.length).toBeGreaterThanOrEqual(2);
    const gaps = saves.map((s, i) => s.at - (i === 0 ? 0 : saves[i - 1]!.at));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(5000);
    // Journal entries at most a second apart: a crash loses at most the last second.
    const marks = [0, ...journals.map((j) => j.at), ...saves.map((s) => s.at)].sort((x, y) => x - y);
    const longest = Math.max(...marks.slice(1).map((m, i) => m - marks[i]!));
    expect(longest).toBeLessThanOrEqual(1000);
    // Each save is based on the revision the previous save returned.
    expect(saves.map((s) => s.base)).toEqual(saves.map((_, i) => i));
  });

  it('a conflict stops autosaving until the person decides, then continues from the disk revision', async () => {
    let conflict = true;
    const a = rig(() => (conflict ? { ok: false, error: { code: 'conflict', message: 'השתנה בדיסק' } } : { ok: true, value: { revision: 8 } }));
    a.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toEqual({ state: 'conflict', reason: 'השתנה בדיסק' });
    a.changed();
    a.changed();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves).toHaveLength(1);
    conflict = false;
    await a.resolveConflict(7, true);
    expect(saves.at(-1)!.base).toBe(7);
    expect(statuses.at(-1)).toEqual({ state: 'saved', revision: 8 });
  });

  it('a failed save keeps the text unsaved and says why; the next change tries again', async () => {
    let fail = true;
    const a = rig(() => (fail ? { ok: false, error: { code: 'io', message: 'הדיסק מלא' } } : { ok: true, value: { revision: 1 } }));
    a.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toEqual({ state: 'failed', reason: 'הדיסק מלא' });
    fail = false;
    a.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toEqual({ state: 'saved', revision: 1 });
  });

  it('serializes the article only in idle time, and a disposed autosave never does', async () => {
    // A window: idle callbacks wait until the test says the window is idle.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => {
      idle[handle - 1] = () => undefined;
    });
    try {
      const a = rig();
      a.changed();
      await vi.advanceTimersByTimeAsync(2000);
      // Due (journal and save), but the window has not been idle yet.
      expect(journals).toHaveLength(0);
      expect(saves).toHaveLength(0);
      for (const run of idle.splice(0)) run();
      await vi.advanceTimersByTimeAsync(0);
      expect(saves).toHaveLength(1);
      // The save ran first (its timer was due first), so the journal had nothing left to record.
      expect(journals).toHaveLength(0);

      a.changed();
      await vi.advanceTimersByTimeAsync(2000);
      a.dispose();
      for (const run of idle.splice(0)) run();
      await vi.advanceTimersByTimeAsync(0);
      expect(saves).toHaveLength(1);
      expect(journals).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
