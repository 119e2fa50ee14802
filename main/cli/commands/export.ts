// `ktav export`: one article as a package (zip or folder), a batch by status, or (with an
// `.html` --out) the single page of old. The gate runs first; a refused article prints its
// findings on stderr (or as JSON on stdout with --json) and exits 3.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/model/articleStatus.js';
import type { ExportedPackage, GateFinding, GateReport } from '../../../shared/model/export.js';
import type { ServiceParts } from '../../services/serviceParts.js';
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';

/** An export's outcome as the person reads it. */
type ExportInWords = { ok: true; pkg: ExportedPackage } | { ok: false; gate: GateReport };

/** Exit code of an export the gate refused: distinct from "could not run" (1) and usage (2). */
export const EXIT_GATE = 3;

export function findingLine(f: GateFinding): string {
  const kind = f.severity === 'error' ? 'שגיאה' : 'אזהרה';
  const found = f.found ? ` «${f.found}»` : '';
  const fix = f.fix ? ` → «${f.fix}»` : '';
  return `${kind}: ${f.place.label}:${found}${fix} ${f.message}`;
}

function printGate(gate: GateReport): void {
  for (const f of [...gate.errors, ...gate.warnings]) process.stderr.write(`${findingLine(f)}\n`);
}

export const exportCommand: Command = {
  name: 'export',
  usage: [
    'export <article> [--out pkg.zip | --dir folder] [--originals] [--json]',
    '                                         the article as a package (exit 3: stopped by the gate)',
    'export --status approved --out-dir <dir> [--json]',
    '                                         every article of a status, one zip each',
    'export <article> --out page.html         the page alone',
  ],
  options: {
    out: { type: 'string' },
    dir: { type: 'string' },
    'out-dir': { type: 'string' },
    status: { type: 'string' },
    originals: { type: 'boolean', default: false },
  },
  async run({ repo, out, args, options }) {
    const status = options.status as string | undefined;
    if (status !== undefined) return batch(repo, status, options['out-dir'] as string | undefined, out.json);
    const ref = args[0];
    if (!ref) throw new CliError('Which article? ktav export <article> [--out pkg.zip | --dir folder]', 2);
    if (options.out && options.dir) throw new CliError('Give --out or --dir, not both.', 2);
    const articles = await repo.articles();
    const summary = articles.resolve(ref);
    if (!summary) throw new CliError(`No article with id or slug "${ref}".`, 1);
    const outPath = options.out as string | undefined;
    if (outPath?.toLowerCase().endsWith('.html')) {
      const [{ layout }, { exportArticleHtml }] = await Promise.all([repo.repository(), import('../../services/export/htmlExport.js')]);
      const path = await exportArticleHtml(await articles.get(summary.id), layout.exportsDir, resolve(outPath));
      print(out, { id: summary.id, path }, () => path);
      return 0;
    }
    const [exports, { said }] = await Promise.all([repo.exports(), import('../words.js')]);
    const r = said<ExportInWords>(
      await exports.export(summary.id, {
        out: outPath ? resolve(outPath) : undefined,
        dir: options.dir ? resolve(options.dir as string) : undefined,
        includeOriginals: Boolean(options.originals),
      }),
    );
    if (!r.ok) {
      if (out.json) print(out, { id: summary.id, exported: false, gate: r.gate }, () => '');
      else printGate(r.gate);
      return EXIT_GATE;
    }
    if (!out.json) for (const w of r.pkg.warnings) process.stderr.write(`${findingLine(w)}\n`);
    print(out, { exported: true, ...r.pkg }, () => `${r.pkg.path}\t${r.pkg.bytes}\t${r.pkg.sha256}`);
    return 0;
  },
};

async function batch(repo: ServiceParts, status: string, outDir: string | undefined, json: boolean): Promise<number> {
  if (!(ARTICLE_STATUSES as readonly string[]).includes(status)) {
    throw new CliError(`Unknown status "${status}"; use one of: ${ARTICLE_STATUSES.join(', ')}`, 2);
  }
  if (!outDir) throw new CliError('Where to? ktav export --status approved --out-dir <dir>', 2);
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const [articles, exports, { said }] = await Promise.all([repo.articles(), repo.exports(), import('../words.js')]);
  const chosen = articles.list().filter((a) => a.status === (status as ArticleStatus));
  const results: unknown[] = [];
  let refused = 0;
  for (const a of chosen) {
    const article = await articles.get(a.id);
    const r = said<ExportInWords>(await exports.export(a.id, { out: join(dir, `${exports.packageName(article)}.zip`) }));
    if (r.ok) {
      results.push({ exported: true, ...r.pkg });
      if (!json) process.stdout.write(`${r.pkg.path}\t${r.pkg.bytes}\t${r.pkg.sha256}\n`);
    } else {
      refused++;
      results.push({ id: a.id, exported: false, gate: r.gate });
      if (!json) {
        process.stderr.write(`${a.id} (${a.headline || '—'}): הייצוא נעצר\n`);
        printGate({ ...r.gate, warnings: [] });
      }
    }
  }
  if (json) print({ json }, results, () => '');
  return refused ? EXIT_GATE : 0;
}
