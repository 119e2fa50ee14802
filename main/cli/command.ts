// The shape of a `ktav` command. Each command lives in commands/<name>.ts and is listed in
// commands/index.ts; `ktav --help` is built from the list. A command file imports only what its
// usage text needs; the modules that do the work are imported inside run(), so that `ktav --help`
// and the other commands do not load them.
import type { ParseArgsConfig } from 'node:util';
import type { ServiceParts } from '../services/serviceParts.js';
import type { Output } from './output.js';

export interface CommandContext {
  /**
   * The repository's services, each opened when the command first asks for it: a command loads
   * only what it uses, and one that needs no repository opens none.
   */
  repo: ServiceParts;
  out: Output;
  /** Positional arguments after the command name. */
  args: string[];
  /** Parsed options, as declared by the command. */
  options: Record<string, string | boolean | string[] | undefined>;
}

export interface Command {
  name: string;
  /** Usage lines for `ktav --help`, without the leading `ktav `. */
  usage: string[];
  options?: ParseArgsConfig['options'];
  /** Returns the exit code. */
  run(ctx: CommandContext): Promise<number>;
}
