// `ktav site add|list|remove`: the sites `ktav publish` sends to, kept in the person's data
// folder (sites.json) with each application password in the user-only secrets file, as the
// browser shell keeps them. The password comes from KTAV_SITE_PASSWORD or, on a terminal, a
// prompt that does not echo; never from a flag (a flag's value lands in shell history). `add`
// tests the connection: a wrong password or an address without WordPress is not kept; a site
// that cannot be reached now is kept (Ktav works offline) and says so.
import type { Command, CommandContext } from '../command.js';
import { CliError, print } from '../output.js';

const USAGE = [
  'site add <name> --url <site> --user <user>   a WordPress site to publish to (password: $KTAV_SITE_PASSWORD or a prompt)',
  'site list [--json] · site remove <name>',
];

export const siteCommand: Command = {
  name: 'site',
  usage: USAGE,
  options: { url: { type: 'string' }, user: { type: 'string' }, 'time-zone': { type: 'string' } },
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    switch (sub) {
      case 'add':
        return add(ctx, rest);
      case 'list':
        return list(ctx);
      case 'remove':
        return remove(ctx, rest);
      default:
        throw new CliError(`Which? ${USAGE.map((u) => `ktav ${u.split('   ')[0]}`).join(' | ')}`, 2);
    }
  },
};

async function sites() {
  const [{ personSites }, { userDataDir }] = await Promise.all([import('../../services/publish/siteStore.js'), import('../../paths.js')]);
  return personSites(userDataDir());
}

async function add({ out, options }: CommandContext, args: string[]): Promise<number> {
  const name = args[0];
  const url = options.url as string | undefined;
  const user = options.user as string | undefined;
  if (!name || !url || !user) throw new CliError('ktav site add <name> --url <site> --user <user>', 2);
  const password = process.env.KTAV_SITE_PASSWORD || (await promptPassword(`סיסמת היישום של ${user} ב־${url}: `));
  if (!password) throw new CliError('No password: set KTAV_SITE_PASSWORD, or run on a terminal to be asked.', 2);
  const [store, { siteSchema }, { WpClient, siteFailureOf }, { whoAmI, connectionView }, { said }] = await Promise.all([
    sites(),
    import('../../../shared/model/publish.js'),
    import('../../services/publish/wpClient.js'),
    import('../../services/publish/connection.js'),
    import('../words.js'),
  ]);
  const parsed = siteSchema.safeParse({ name, url, user, ...(options['time-zone'] ? { timeZone: options['time-zone'] } : {}) });
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 2);
  const site = await store.add(parsed.data, password);
  const client = new WpClient(site.url, site.user, password);
  try {
    const view = said<{ summary: string }>(connectionView(client, await whoAmI(client)));
    print(out, { added: true, site, connection: view }, () => `${site.name}\t${site.url}\t${view.summary}`);
    return 0;
  } catch (error) {
    const kind = siteFailureOf(error)?.kind;
    if (kind === 'unreachable' || kind === 'uncertain' || kind === 'server') {
      process.stderr.write(`ktav: ${said<{ message: string }>(error as never).message}\n`);
      print(out, { added: true, site, connection: null }, () => `${site.name}\t${site.url}\t(not tested)`);
      return 0;
    }
    await store.remove(site.name);
    throw error;
  }
}

async function list({ out }: CommandContext): Promise<number> {
  const views = await (await sites()).views();
  print(out, views, () => views.map((s) => `${s.name}\t${s.url}\t${s.user}\t${s.hasPassword ? '' : '(no password)'}`.trimEnd()).join('\n'));
  return 0;
}

async function remove({ out }: CommandContext, args: string[]): Promise<number> {
  const name = args[0];
  if (!name) throw new CliError('ktav site remove <name>', 2);
  await (await sites()).remove(name);
  print(out, { removed: name }, () => '');
  return 0;
}

/** Asks for a password on the terminal without echoing it; null when there is no terminal. */
async function promptPassword(question: string): Promise<string | null> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return null;
  process.stderr.write(question);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
