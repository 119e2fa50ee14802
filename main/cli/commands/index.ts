// Every `ktav` command, in the order `ktav --help` lists them.
import type { Command } from '../command.js';
import { listCommand } from './list.js';
import { exportCommand } from './export.js';
import { verifyCommand } from './verify.js';
import { lintCommand } from './lint.js';
import { spellCommand } from './spell.js';
import { mediaCommand } from './media.js';
import { searchCommand } from './search.js';
import { importCommand } from './import.js';
import { syncCommand } from './sync.js';
import { siteCommand } from './site.js';
import { publishCommand } from './publish.js';
import { outboxCommand } from './outbox.js';

export const COMMANDS: Command[] = [listCommand, searchCommand, importCommand, exportCommand, verifyCommand, lintCommand, spellCommand, mediaCommand, syncCommand, siteCommand, publishCommand, outboxCommand];
