// The shape of a `ktav` command. Each command lives in commands/<name>.ts and is listed in
// commands/index.ts; `ktav --help` is built from the list.
import type { ParseArgsConfig } from 'node:util';
import type { Services } from '../services/services.js';
import type { Output } from './output.js';

export interface CommandContext {
  /** Opens the repository's services (once); commands that need no repository never call it. */
  services(): Promise<Services>;
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
