// `ktav`: the same services as the app, without a window. Every command takes --repo <dir>
// (or KTAV_REPO), prints machine-readable output with --json, and exits non-zero on failure
// with the reason on stderr.
import { parseArgs } from 'node:util';
import { KtavError } from '../../shared/api/errors.js';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/model/article.js';
import { resolveRepoDir, userDataDir } from '../paths.js';
import { createServices, type Services } from '../services/services.js';
import { ConfSettings } from '../services/settings/settingsStore.js';
import { exportArticleHtml } from '../services/export/htmlExport.js';
import { CliError, print, type Output } from './output.js';

const HELP = `ktav — כתב: the offline editorial workstation, on the command line

Usage:
  ktav list [--status S] [--json]          the articles (S: ${ARTICLE_STATUSES.join(', ')})
  ktav export <article> --out page.html    the article as one HTML page
  ktav --help

Options:
  --repo <dir>   the repository folder (default: $KTAV_REPO, then the one under your user data)
  --json         machine-readable output on stdout

<article> is an article's id or its slug.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repo: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      status: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return values.help ? 0 : 2;
  }
  const out: Output = { json: values.json ?? false };
  const services = await createServices(resolveRepoDir(values.repo), new ConfSettings(userDataDir()));
  try {
    switch (command) {
      case 'list':
        return list(services, out, values.status);
      case 'export':
        return await exportPage(services, out, rest[0], values.out);
      default:
        throw new CliError(`Unknown command: ${command}. See ktav --help.`, 2);
    }
  } finally {
    await services.close();
  }
}

function list(services: Services, out: Output, status: string | undefined): number {
  if (status !== undefined && !(ARTICLE_STATUSES as readonly string[]).includes(status)) {
    throw new CliError(`Unknown status "${status}"; use one of: ${ARTICLE_STATUSES.join(', ')}`, 2);
  }
  const articles = services.articles.list().filter((a) => !status || a.status === (status as ArticleStatus));
  print(out, articles, () =>
    articles.map((a) => `${a.id}\t${a.status}\t${a.updatedAt.slice(0, 16).replace('T', ' ')}\t${a.words}\t${a.headline || '(ללא כותרת)'}`).join('\n'),
  );
  return 0;
}

async function exportPage(services: Services, out: Output, ref: string | undefined, outPath: string | undefined): Promise<number> {
  if (!ref) throw new CliError('Which article? ktav export <article> --out page.html', 2);
  const summary = services.articles.resolve(ref);
  if (!summary) throw new CliError(`No article with id or slug "${ref}".`, 1);
  const path = await exportArticleHtml(await services.articles.get(summary.id), services.layout.exportsDir, outPath);
  print(out, { id: summary.id, path }, () => path);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError || error instanceof KtavError) {
      process.stderr.write(`ktav: ${error.message}\n`);
      process.exit(error instanceof CliError ? error.exitCode : 1);
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ktav: ${error.message}. See ktav --help.\n`);
      process.exit(2);
    }
    process.stderr.write(`ktav: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
