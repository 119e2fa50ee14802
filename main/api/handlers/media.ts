// Handlers of the media calls: thin, the media service does the work.
import type { Services } from '../../services/services.js';
import type { PatchModes } from '../../../shared/media/creditPatch.js';
import type { HandlersOf } from '../dispatcher.js';
import { decodeBase64 } from '../../services/media/yielding.js';
import { KtavError } from '../../../shared/api/errors.js';
import type { mediaCalls } from '../../../shared/api/calls/media.js';

export function mediaHandlers(services: Services): HandlersOf<typeof mediaCalls> {
  const { media } = services;
  const { library } = media;
  // Known credits change with every credit edit; `credits.json` follows them.
  const thenSaveRegistry = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await media.saveRegistry();
    return result;
  };
  return {
    'media.list': () => library.list(),
    'media.damaged': () => services.damagedMedia,
    'media.get': ({ id }) => library.get(id),
    'media.import': async ({ name, data }) => {
      const bytes = await decodeBase64(data);
      if (!bytes) return { ok: false, file: name, error: new KtavError('invalid-arguments', 'media:notAnImage', { file: name }) };
      const outcome = await library.importBytes(name, bytes);
      return outcome.ok ? { ok: true, file: name, record: outcome.record, duplicate: outcome.duplicate } : outcome;
    },
    'media.applyCredit': ({ ids, patch, modes }) => thenSaveRegistry(library.applyCredit(ids, patch, modes as PatchModes)),
    'media.registry': () => library.registry(),
    'media.mergeCredit': ({ from, into }) => thenSaveRegistry(library.mergeCredit(from, into)),
    'media.templates': () => media.templates.list(),
    'media.saveTemplate': ({ template }) => media.templates.save(template),
    'media.deleteTemplate': ({ name }) => media.templates.remove(name),
    'media.applyTemplate': async ({ ids, name }) => {
      const t = await media.templates.get(name);
      return thenSaveRegistry(library.applyCredit(ids, t.fields, t.modes as PatchModes));
    },
    'media.codes': () => media.codes.get(),
    'media.setCodes': ({ codes }) => media.codes.set(codes),
  };
}
