// Playwright's global set-up, as ./globalSetup.ts is Vitest's: names this run so that a spec that
// starts the loopback WordPress marks its database as started by the run, and the run's end stops
// it (Playwright hands the environment set here to its workers).
import setup from './globalSetup.js';

export default setup;
