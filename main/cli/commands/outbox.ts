// `ktav outbox [send|cancel <id>]`: the publish requests waiting for their site. Listing shows
// each item's article, headline, site, state, tries and last error; `send` sends every item now
// (the app sends due ones by itself, with backoff), `cancel` drops one. Exit 0: the outbox is
// empty after a send; 5: items still wait for their site; 1: an item was refused or the post
// changed on the site (it stays listed with the reason); 2: usage.
import type { OutboxItemView } from '../../../shared/model/publish.js';
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';
import { EXIT_QUEUED } from './publish.js';

export const outboxCommand: Command = {
  name: 'outbox',
  usage: ['outbox [--json] · outbox send [--json] · outbox cancel <id>   publish requests waiting for their site'],
  async run({ repo, out, args }) {
    const [sub, id] = args;
    const [publish, { said }] = await Promise.all([repo.publish(), import('../words.js')]);
    const show = (items: OutboxItemView[]) =>
      print(out, items, () => items.map((i) => [i.id, i.state, `${i.attempts}`, i.site, i.headline, i.lastError ?? ''].join('\t')).join('\n'));
    switch (sub) {
      case undefined:
        show(said<OutboxItemView[]>(await publish.outboxItems()));
        return 0;
      case 'send': {
        const left = said<OutboxItemView[]>(await publish.sendOutbox());
        show(left);
        if (left.some((i) => i.state === 'failed' || i.state === 'changed-on-site')) return 1;
        return left.length ? EXIT_QUEUED : 0;
      }
      case 'cancel':
        if (!id) throw new CliError('ktav outbox cancel <id>', 2);
        show(said<OutboxItemView[]>(await publish.cancel(id)));
        return 0;
      default:
        throw new CliError('ktav outbox [send | cancel <id>]', 2);
    }
  },
};
