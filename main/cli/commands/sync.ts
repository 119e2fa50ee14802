// `ktav sync [--remote <url>] [--user <name>] [--json]`: one sync with the shared git remote.
// The first --remote links the repository (an empty remote receives it, a new repository joins
// the remote's); later syncs need none. The secret comes from KTAV_SYNC_TOKEN, never from a flag
// (a flag's value lands in shell history), and is then kept in the person's user-only secrets
// file, as the browser shell keeps it; the user name is remembered in the repository's own git
// settings, which never leave the machine. Exit 0: in sync; 4: synced, with conflicts kept
// for a person; 1: could not sync (nothing here changed); 2: usage.
import type { Command } from '../command.js';
import { print } from '../output.js';

export const EXIT_CONFLICTS = 4;

export const syncCommand: Command = {
  name: 'sync',
  usage: ['sync [--remote <url>] [--user <name>] [--json]   share through a git remote (secret: $KTAV_SYNC_TOKEN)'],
  options: { remote: { type: 'string' }, user: { type: 'string' } },
  async run({ repo, out, options }) {
    const [{ layout }, { syncRepository }, sharing, { userInfo }, { join }, secretStore, { userDataDir }] = await Promise.all([
      repo.repository(),
      import('../../services/sync/syncRepository.js'),
      import('../../services/sync/sharing.js'),
      import('node:os'),
      import('node:path'),
      import('../../services/secrets/secretStore.js'),
      import('../../paths.js'),
    ]);
    // The same user-only file as the browser shell's; the secret given in KTAV_SYNC_TOKEN wins and is kept there.
    const secrets = new secretStore.FileSecrets(join(userDataDir(), secretStore.secretsFileName('user-file')));
    const remembered = await sharing.sharingUser(layout);
    const user = (options.user as string | undefined) ?? remembered;
    const given = process.env.KTAV_SYNC_TOKEN || undefined;
    if (options.remote !== undefined) sharing.checkAddress(options.remote as string);
    const { changed: _changed, ...report } = await syncRepository(layout, {
      remote: options.remote as string | undefined,
      credentials: await sharing.sharingCredentials(layout, secrets, user, given),
      author: sharing.commitAuthor(user ?? userInfo().username),
    });
    if (options.user) await sharing.writeSharing(layout, secrets, { remote: (await sharing.readSharing(layout, secrets)).remote, user: options.user as string });
    if (given && user) await secrets.set(secretStore.syncSecretKey(layout.root), given);
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
