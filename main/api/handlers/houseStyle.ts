// Handlers of the house style calls.
import type { Services } from '../../services/services.js';
import type { HandlersOf } from '../dispatcher.js';
import type { houseStyleCalls } from '../../../shared/api/calls/houseStyle.js';

export function houseStyleHandlers(services: Services): HandlersOf<typeof houseStyleCalls> {
  return {
    'houseStyle.get': () => services.houseStyle.get(),
    'houseStyle.set': (patch) => services.houseStyle.set(patch),
  };
}
