// Vitest's global set-up: names this run, so that the test files that start the loopback
// WordPress (./site.ts) mark its database as started by this run, and the run's end stops it.
// A run with no WordPress test starts nothing and costs nothing here.
import { randomBytes } from 'node:crypto';
import { stopDatabaseIfStartedBy } from './wordpress.mjs';

export default function setup(): () => Promise<void> {
  const runId = `${process.pid}-${randomBytes(4).toString('hex')}`;
  process.env.KTAV_WP_RUN = runId;
  return () => stopDatabaseIfStartedBy(runId);
}
