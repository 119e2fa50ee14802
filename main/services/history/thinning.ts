// Which saved versions to keep as they age: every version from the last hour, the newest of
// each hour for the last day, the newest of each day after that (for as many days as the
// person's saving policy keeps them, or for ever). Versions kept for a status change are the
// desk's milestones and are never thinned.
import type { VersionInfo } from '../../../shared/model/version.js';

export interface VersionStamp {
  name: string;
  savedAt: string;
  reason: VersionReason;
}

export type VersionReason = VersionInfo['reason'];

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * The names of the versions to delete, given all versions of one article. `keepDailyDays`
 * drops non-milestone versions older than that many days; 0 keeps the daily ones for ever. Pure.
 */
export function versionsToDrop(versions: readonly VersionStamp[], now: Date, keepDailyDays = 0): string[] {
  const newestFirst = [...versions].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const seenBuckets = new Set<string>();
  const drop: string[] = [];
  for (const v of newestFirst) {
    if (v.reason === 'status') continue;
    const at = Date.parse(v.savedAt);
    const age = now.getTime() - at;
    if (age < HOUR) continue;
    if (keepDailyDays > 0 && age >= keepDailyDays * DAY) {
      drop.push(v.name);
      continue;
    }
    // Buckets are clock hours / calendar days (UTC), so the kept set is stable between runs.
    const bucket = age < DAY ? `h${Math.floor(at / HOUR)}` : `d${Math.floor(at / DAY)}`;
    if (seenBuckets.has(bucket)) drop.push(v.name);
    else seenBuckets.add(bucket);
  }
  return drop;
}
