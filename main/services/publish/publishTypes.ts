// The shared model's publishing types, and the Unsaid wrapper services give them in, from one
// place for the modules of this folder.
export type { Unsaid } from '../../../shared/api/errors.js';
export type * from '../../../shared/model/publish.js';
