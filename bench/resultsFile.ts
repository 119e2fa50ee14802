// Rewrites one benchmark's section of bench/RESULTS.md, between its
// `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->` markers, leaving the rest alone.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from '../main/services/storage/atomicWrite.js';

export const RESULTS_FILE = join(import.meta.dirname, 'RESULTS.md');

export async function replaceSection(name: string, body: string, file = RESULTS_FILE): Promise<void> {
  const text = await readFile(file, 'utf8');
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file} has no ${start} … ${end} section`);
  await atomicWrite(file, `${text.slice(0, a + start.length)}\n${body.trimEnd()}\n${text.slice(b)}`);
}
