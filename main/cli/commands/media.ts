// `ktav media import|list|credit`: the media library on the command line, for photo editors
// who script credits and for tests. `credit` applies the same fields to every image named,
// in one go, as the credit panel's batch apply does.
import type { CreditPatch, MediaItem, MediaRecord } from '../../../shared/model/media.js';
import { RIGHTS_CATEGORIES } from '../../../shared/model/rightsCategory.js';
import type { MediaService } from '../../services/media/mediaService.js';
import type { Command, CommandContext } from '../command.js';
import type { ApiError } from '../../../shared/api/errors.js';
import { CliError, print } from '../output.js';

const USAGE = [
  'media import <file…> [--json]        bring pictures into the media library',
  'media list [--uncredited] [--json]   the pictures, with every credit field',
  'media credit <image…> --credit T [--creator T]… [--copyright T] [--source T] [--caption T] [--alt T]',
  `             [--rights CATEGORY] [--valid-until YYYY-MM-DD]   (CATEGORY: ${RIGHTS_CATEGORIES.join(', ')})`,
];

export const mediaCommand: Command = {
  name: 'media',
  usage: USAGE,
  options: {
    uncredited: { type: 'boolean' },
    credit: { type: 'string' },
    creator: { type: 'string', multiple: true },
    copyright: { type: 'string' },
    source: { type: 'string' },
    caption: { type: 'string' },
    alt: { type: 'string' },
    rights: { type: 'string' },
    'valid-until': { type: 'string' },
  },
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    switch (sub) {
      case 'import':
        return importPictures(ctx, rest);
      case 'list':
        return listPictures(ctx);
      case 'credit':
        return creditPictures(ctx, rest);
      default:
        throw new CliError(`Usage:\n${USAGE.map((u) => `  ktav ${u}`).join('\n')}`, 2);
    }
  },
};

async function importPictures({ repo, out }: CommandContext, files: string[]): Promise<number> {
  if (files.length === 0) throw new CliError('ktav media import: name at least one file.', 2);
  const [media, { said }] = await Promise.all([repo.media(), import('../words.js')]);
  const outcomes = said<({ ok: true; record: MediaRecord; duplicate: boolean } | { ok: false; file: string; error: ApiError })[]>(await media.library.importFiles(files));
  const report = outcomes.map((o, i) =>
    o.ok ? { file: files[i], ok: true, id: o.record.id, duplicate: o.duplicate, width: o.record.width, height: o.record.height } : { file: files[i], ok: false, error: o.error.message },
  );
  print(out, report, () => report.map((r) => (r.ok ? `${r.id}\t${r.width}×${r.height}\t${r.duplicate ? 'כבר במאגר' : 'יובא'}\t${r.file}` : '')).filter(Boolean).join('\n'));
  // Refusals go to stderr in both modes, one line each, naming the file.
  for (const o of outcomes) if (!o.ok) process.stderr.write(`ktav: ${o.error.message}\n`);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

async function listPictures({ repo, out, options }: CommandContext): Promise<number> {
  const media = await repo.media();
  const items = (await media.library.list()).filter((i) => !options.uncredited || i.flags.uncredited);
  const rows = items.map((i) => listed(media, i));
  print(out, rows, () =>
    rows
      .map((r) => `${r.id}\t${r.width}×${r.height}\t${r.credit.creditLine || '(ללא קרדיט)'}\t${r.credit.creators.join(', ')}\t${r.originalName}`)
      .join('\n'),
  );
  return 0;
}

function listed(media: MediaService, item: MediaItem) {
  return {
    id: item.id,
    file: media.library.originalPath(item),
    originalName: item.originalName,
    width: item.width,
    height: item.height,
    mime: item.mime,
    credit: item.credit,
    flags: item.flags,
    usedIn: item.usedIn,
  };
}

async function creditPictures({ repo, out, options }: CommandContext, ids: string[]): Promise<number> {
  if (ids.length === 0) throw new CliError('ktav media credit: name at least one image id.', 2);
  const raw: CreditPatch = {};
  const opt = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  if (opt('credit') !== undefined) raw.creditLine = opt('credit');
  if (Array.isArray(options.creator)) raw.creators = options.creator;
  if (opt('copyright') !== undefined) raw.copyrightNotice = opt('copyright');
  if (opt('source') !== undefined) raw.source = opt('source');
  if (opt('caption') !== undefined) raw.caption = opt('caption');
  if (opt('alt') !== undefined) raw.altText = opt('alt');
  if (opt('rights') !== undefined) raw.rightsCategory = opt('rights') as CreditPatch['rightsCategory'];
  if (opt('valid-until') !== undefined) raw.validUntil = opt('valid-until');
  if (Object.keys(raw).length === 0) throw new CliError('ktav media credit: give at least one field, e.g. --credit "…".', 2);
  const { creditPatchSchema } = await import('../../../shared/model/media.js');
  const parsed = creditPatchSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CliError(parsed.error.issues.map((i) => `--${flagOf(String(i.path[0]))}: ${i.message}`).join('\n'), 2);
  }
  const media = await repo.media();
  // Accept an id prefix, as git does, when it names exactly one picture.
  const full = ids.map((id) => resolveId(media, id));
  const records = await media.library.applyCredit(full, parsed.data);
  await media.saveRegistry();
  print(out, records.map((r) => ({ id: r.id, credit: r.credit })), () => records.map((r) => `${r.id}\t${r.credit.creditLine}`).join('\n'));
  return 0;
}

function resolveId(media: MediaService, id: string): string {
  const matches = media.library.all().filter((r) => r.id.startsWith(id.toLowerCase()));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) throw new CliError(`ktav media credit: "${id}" matches ${matches.length} pictures; give more of the id.`, 2);
  return media.library.get(id).id; // throws the "not found" message
}

function flagOf(field: string): string {
  const flags: Record<string, string> = {
    creditLine: 'credit',
    creators: 'creator',
    copyrightNotice: 'copyright',
    altText: 'alt',
    rightsCategory: 'rights',
    validUntil: 'valid-until',
  };
  return flags[field] ?? field;
}
