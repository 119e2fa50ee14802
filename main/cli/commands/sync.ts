// `ktav sync [--remote <url>] [--user <name>] [--json]`: one sync with the shared git remote.
// The first --remote links the repository (an empty remote receives it, a new repository joins
// the remote's); later syncs need none. The secret comes from KTAV_SYNC_TOKEN, never from a flag
// (a flag's value lands in shell history); the user name is remembered in the repository's own
// git settings, which never leave the machine. Exit 0: in sync; 4: synced, with conflicts kept
// for a person; 1: could not sync (nothing here changed); 2: usage.
import type { Command } from '../command.js';
import { print } from '../output.js';

export const EXIT_CONFLICTS = 4;

export const syncCommand: Command = {
  name: 'sync',
  usage: ['sync [--remote <url>] [--user <name>] [--json]   share through a git remote (secret: $KTAV_SYNC_TOKEN)'],
  options: { remote: { type: 'string' }, user: { type: 'string' } },
  async run({ repo, out, options }) {
    const [{ layout }, { syncRepository }, { Git }, { userInfo }] = await Promise.all([
      repo.repository(),
      import('../../services/sync/syncRepository.js'),
      import('../../services/sync/git.js'),
      import('node:os'),
    ]);
    // Any repository-level git config works: read the remembered name only once .git exists.
    const remembered = (await new Git(layout.root).run(['config', '--local', 'ktav.user'])).stdout.trim();
    const user = (options.user as string | undefined) ?? (remembered || null);
    const secret = process.env.KTAV_SYNC_TOKEN;
    const name = user ?? userInfo().username;
    const report = await syncRepository(layout, {
      remote: options.remote as string | undefined,
      credentials: user && secret ? { user, secret } : null,
      author: { name, email: `${name.replace(/[^\w.-]+/g, '.')}@ktav.invalid` },
    });
    if (options.user) await new Git(layout.root).ok(['config', '--local', 'ktav.user', options.user as string]);
    print(out, report, () =>
      [
        `סונכרן: ${report.pushed} נשלחו, ${report.pulled} התקבלו, ${report.merged} מוזגו`,
        ...report.conflicts.map((c) => {
          const what = c.subject.kind === 'file' ? c.subject.path : `${c.subject.kind === 'article' ? 'כתבה' : 'תמונה'} ${c.subject.id}`;
          const where = c.place.kind === 'block' ? `בלוק ${String(c.place.block)} («${c.place.excerpt}»)` : c.place.kind === 'meta' || c.place.kind === 'credit' ? `שדה ${c.place.field}` : c.place.kind === 'deleted' ? 'נמחקה בצד אחד ושונתה בשני' : 'הקובץ';
          return `התנגשות: ${what}, ${where}${c.keptAt ? ` — הגרסה השנייה ב־${c.keptAt}` : ''}`;
        }),
      ].join('\n'),
    );
    return report.conflicts.length ? EXIT_CONFLICTS : 0;
  },
};
