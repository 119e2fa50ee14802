// `ktav publish <article>`: the article to a WordPress site (its post created, or updated in
// place), through the export's gate. A missing category is created (the desk that runs the
// command has decided; in the window the person confirms first). The password is the site's
// kept one, or KTAV_SITE_PASSWORD (then kept, as `ktav site add` keeps it).
// Exit 0: published (or submitted, or scheduled); 3: stopped by the gate (findings on stderr, as
// `export`); 5: queued in the outbox (the site could not be reached); 6: the post was changed on
// the site since Ktav published it (nothing overwritten; --force overwrites); 1: anything else
// (the site refused: its message); 2: usage.
import { PUBLISH_STATUSES, type PublishStatus } from '../../../shared/model/publishStatus.js';
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';
import { EXIT_GATE, findingLine } from './export.js';

export const EXIT_QUEUED = 5;
export const EXIT_CHANGED_ON_SITE = 6;

export const publishCommand: Command = {
  name: 'publish',
  usage: [
    'publish <article> [--site <name>] [--status draft|publish|future] [--at <ISO 8601 time>] [--force] [--json]',
    '                                         to the site (exit 3: gate, 5: queued in the outbox, 6: changed on the site)',
  ],
  options: { site: { type: 'string' }, status: { type: 'string' }, at: { type: 'string' }, force: { type: 'boolean', default: false } },
  async run({ repo, out, args, options }) {
    const ref = args[0];
    if (!ref) throw new CliError('Which article? ktav publish <article> [--site <name>] [--status draft|publish|future] [--at <time>]', 2);
    const status = (options.status as string | undefined) ?? (options.at ? 'future' : 'publish');
    if (!(PUBLISH_STATUSES as readonly string[]).includes(status)) throw new CliError(`Unknown status "${status}"; use one of: ${PUBLISH_STATUSES.join(', ')}`, 2);
    const [publish, { said }] = await Promise.all([repo.publish(), import('../words.js')]);
    const articles = await repo.articles();
    if (!articles.resolve(ref)) throw new CliError(`No article with id or slug "${ref}".`, 1);
    const given = process.env.KTAV_SITE_PASSWORD;
    if (given) {
      const kept = await publish.sites();
      const site = options.site ? kept.find((s) => s.name === options.site) : kept.length === 1 ? kept[0] : undefined;
      if (site) await publish.keepPassword(site.name, given);
    }
    const outcome = said<import('../../../shared/model/publish.js').PublishOutcome>(
      await publish.publish({
        articleId: ref,
        site: options.site as string | undefined,
        status: status as PublishStatus,
        at: options.at as string | undefined,
        force: Boolean(options.force),
        createCategory: true,
      }),
    );
    switch (outcome.kind) {
      case 'gate':
        if (out.json) print(out, { published: false, gate: outcome.gate }, () => '');
        else for (const f of [...outcome.gate.errors, ...outcome.gate.warnings]) process.stderr.write(`${findingLine(f)}\n`);
        return EXIT_GATE;
      case 'queued':
        if (!out.json) process.stderr.write(`ktav: ${outcome.item.lastError ?? ''}\n`);
        print(out, { published: false, queued: true, item: outcome.item }, () => `${outcome.item.id}\t${outcome.item.state}`);
        return EXIT_QUEUED;
      case 'changed-on-site':
        if (!out.json) {
          process.stderr.write(`ktav: ${outcome.message}\n`);
          for (const c of outcome.changes) process.stderr.write(`  ${c.field}:\n    באתר: ${c.site.replace(/\n/g, '\n          ')}\n    בכתב: ${c.ktav.replace(/\n/g, '\n          ')}\n`);
        }
        print(out, { published: false, changedOnSite: true, postId: outcome.postId, link: outcome.link, changes: outcome.changes }, () => '');
        return EXIT_CHANGED_ON_SITE;
      case 'published': {
        const p = outcome.published;
        if (!out.json) for (const w of [...outcome.gate.warnings.map(findingLine), ...p.notes]) process.stderr.write(`${w}\n`);
        print(out, { published: true, ...p }, () => `${p.postId}\t${p.link}\t${p.status}`);
        return 0;
      }
    }
  },
};
