// Every call of the contract mapped to the services: one handler module per namespace.
import type { Services } from '../services/services.js';
import type { Handlers } from './dispatcher.js';
import { appHandlers, type ShellInfo } from './handlers/app.js';
import { articleHandlers } from './handlers/article.js';
import { mediaHandlers } from './handlers/media.js';
import { houseStyleHandlers } from './handlers/houseStyle.js';
import { repositoryHandlers } from './handlers/repository.js';
import { exportHandlers } from './handlers/export.js';
import { syncHandlers } from './handlers/sync.js';
import { publishHandlers } from './handlers/publish.js';
import { spellHandlers } from './handlers/spell.js';

export type { ShellInfo };

export function createHandlers(services: Services, shell: ShellInfo): Handlers {
  return {
    ...appHandlers(services, shell),
    ...articleHandlers(services),
    ...mediaHandlers(services),
    ...houseStyleHandlers(services),
    ...repositoryHandlers(services),
    ...exportHandlers(services),
    ...syncHandlers(services),
    ...publishHandlers(services),
    ...spellHandlers(services),
  };
}
