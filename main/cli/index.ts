// `ktav`: the same services as the app, without a window. Every command takes --repo <dir>
// (or KTAV_REPO), prints machine-readable output with --json, and exits non-zero on failure
// with the reason on stderr.
import { parseArgs } from 'node:util';
import { KtavError } from '../../shared/api/errors.js';
import { resolveRepoDir, userDataDir } from '../paths.js';
import { COMMANDS } from './commands/index.js';
import { CliError } from './output.js';

const COMMON = {
  repo: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function help(): string {
  const lines = COMMANDS.flatMap((c) => c.usage.map((u) => `  ktav ${u}`));
  return `ktav — כתב: the offline editorial workstation, on the command line

Usage:
${lines.join('\n')}
  ktav --help

Options for every command:
  --repo <dir>   the repository folder (default: $KTAV_REPO, then the one under your user data)
  --json         machine-readable output on stdout

<article> is an article's id or its slug. Errors go to stderr; the exit code is non-zero on failure.`;
}

async function main(argv: string[]): Promise<number> {
  const name = argv.find((a) => !a.startsWith('-'));
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    if (name) throw new CliError(`Unknown command: ${name}. See ktav --help.`, 2);
    process.stdout.write(`${help()}\n`);
    return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...COMMON, ...command.options },
  });
  if (values.help) {
    process.stdout.write(`${command.usage.map((u) => `ktav ${u}`).join('\n')}\n`);
    return 0;
  }
  // Imported here, past --help: reading settings and opening services need the schemas (zod).
  const [{ ServiceParts }, { settingsFromFile }] = await Promise.all([import('../services/serviceParts.js'), import('../services/settings/settingsFile.js')]);
  const settings = settingsFromFile(userDataDir());
  // The data folder: the sites `ktav publish` sends to, and their passwords' user-only file.
  const repo = new ServiceParts(resolveRepoDir(values.repo as string | undefined, process.env, settings.get().nextRepo), settings, { dataDir: userDataDir() });
  try {
    return await command.run({
      repo,
      out: { json: Boolean(values.json) },
      args: positionals.slice(positionals.indexOf(command.name) + 1),
      options: values as Record<string, string | boolean | string[] | undefined>,
    });
  } finally {
    await repo.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`ktav: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    if (error instanceof KtavError) {
      void import('./words.js').then(({ said }) => {
        process.stderr.write(`ktav: ${said<{ message: string }>(error).message}\n`);
        process.exit(1);
      });
      return;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ktav: ${error.message}. See ktav --help.\n`);
      process.exit(2);
    }
    // The person reads the generic message; the details follow it, as the command line's log.
    void import('./words.js').then(({ said }) => {
      process.stderr.write(`ktav: ${said<{ message: string }>(new KtavError('internal', 'internal')).message}\n`);
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
  },
);
