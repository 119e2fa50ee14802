// Options every entry point understands: where the repository is.
import { parseArgs } from 'node:util';

export interface CommonOptions {
  repo?: string;
}

/** Reads `--repo <dir>` (and `--repo=<dir>`) out of argv, leaving the rest alone. */
export function repoFlag(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: [...argv], options: { repo: { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values.repo === 'string' ? values.repo : undefined;
}
