// `ktav verify <package.zip | folder>`: re-checks a package (checksums, ninjs manifest, HTML,
// every picture present and credited). Exit 0 when it holds, 1 when it does not.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { VerifyReport } from '../../services/export/verifyPackage.js';
import type { Command } from '../command.js';
import { CliError, print } from '../output.js';

async function readFolder(root: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(root, path).split(sep).join('/'), await readFile(path));
    }
  };
  await walk(root);
  return files;
}

export const verifyCommand: Command = {
  name: 'verify',
  usage: ['verify <package.zip | folder> [--json]   re-check a package (exit 1: it does not hold)'],
  async run({ out, args }) {
    const target = args[0];
    if (!target) throw new CliError('Which package? ktav verify <package.zip>', 2);
    const path = resolve(target);
    const info = await stat(path).catch(() => null);
    if (!info) throw new CliError(`No such file: ${target}`, 1);
    const [{ verifyFiles, verifyZip }, { said }] = await Promise.all([import('../../services/export/verifyPackage.js'), import('../words.js')]);
    const report = said<Omit<VerifyReport, 'problems'> & { problems: { code: string; file: string; message: string }[] }>(
      info.isDirectory() ? await verifyFiles(await readFolder(path)) : await verifyZip(await readFile(path), target),
    );
    if (out.json) print(out, { path, ...report }, () => '');
    else if (report.ok) process.stdout.write(`${path}: תקינה (${report.files} קבצים)\n`);
    else for (const p of report.problems) process.stderr.write(`${p.file}: ${p.message}\n`);
    return report.ok ? 0 : 1;
  },
};
