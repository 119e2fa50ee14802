// The media calls as the window makes them: through the dispatcher, arguments checked by the
// contract, file bytes as base64 decoded in slices.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../main/api/dispatcher.js';
import { createHandlers } from '../../../main/api/handlers.js';
import { decodeBase64, sha256Hex } from '../../../main/services/media/yielding.js';
import { createServices, type Services } from '../../../main/services/services.js';
import { MemorySettings } from '../../../main/services/settings/settingsStore.js';
import { createHash, randomBytes } from 'node:crypto';
import { makeTempDir } from '../../support/tempDir.js';
import { jpeg } from '../../support/mediaImages.js';

let dir: string;
let cleanup: () => Promise<void>;
let services: Services;
let dispatch: Dispatch;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  services = await createServices(join(dir, 'repo'), new MemorySettings());
  dispatch = createDispatcher(createHandlers(services, { shell: 'browser', version: 'test' }), { language: () => 'he' });
});
afterEach(async () => {
  await services.close();
  await cleanup();
});

describe('media calls', () => {
  it('imports a picture sent as base64 and credits it', async () => {
    const data = (await readFile(await jpeg(join(dir, 'a.jpg')))).toString('base64');
    const imported = await dispatch('media.import', { name: 'a.jpg', data });
    expect(imported).toMatchObject({ ok: true, value: { ok: true, file: 'a.jpg', duplicate: false } });
    const id = (imported as { value: { record: { id: string } } }).value.record.id;
    const credited = await dispatch('media.applyCredit', { ids: [id], patch: { creditLine: 'רויטרס', validUntil: '2027-01-01' } });
    expect(credited).toMatchObject({ ok: true, value: [{ id, credit: { creditLine: 'רויטרס' } }] });
    const list = await dispatch('media.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ id, flags: { uncredited: false, noAlt: true, expired: false } }] });
  });

  it('refuses text that is not base64, naming the file', async () => {
    const outcome = await dispatch('media.import', { name: 'x.jpg', data: 'אין כאן base64!' });
    expect(outcome).toMatchObject({ ok: true, value: { ok: false, file: 'x.jpg' } });
    expect(JSON.stringify(outcome)).toContain('הקובץ x.jpg');
  });

  it('refuses invalid credit fields before anything is written', async () => {
    const id = 'a'.repeat(64);
    for (const patch of [{ webStatementUrl: 'javascript:alert(1)' }, { validUntil: '2027-02-30' }, { rightsCategory: 'stolen' }, { unknownField: 'x' }]) {
      const outcome = await dispatch('media.applyCredit', { ids: [id], patch });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    expect(await dispatch('media.applyCredit', { ids: ['../../etc/passwd'], patch: {} })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatch('media.import', { name: '', data: '' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});

describe('slicing large buffers', () => {
  it('decodes base64 and hashes in slices to the same result as in one go', async () => {
    const bytes = randomBytes(9 * 1024 * 1024 + 7);
    expect((await decodeBase64(bytes.toString('base64')))!.equals(bytes)).toBe(true);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await decodeBase64('abc$')).toBeNull();
    expect(await decodeBase64(`${'QUJD'.repeat(2 * 1024 * 1024)}=${'QUJD'.repeat(2 * 1024 * 1024)}`)).toBeNull();
  });
});
