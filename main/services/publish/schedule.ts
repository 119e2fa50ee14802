// When a scheduled post goes up, as WordPress's `date_gmt` (UTC, no offset): from a time with an
// offset (`2026-12-04T01:30+02:00`, `…Z`) as it says, or from a wall-clock time in the newsroom's
// time zone (`2026-12-04T01:30`), so 01:30 in Jerusalem is 23:30 the day before in UTC and the
// post never moves by hours whatever the site's or this machine's zone. Pure.
import { KtavError } from '../../../shared/api/errors.js';

const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant `at` names; a time without an offset is read in `timeZone`. */
export function instantOf(at: string, timeZone: string): Date {
  const text = at.trim();
  checkZone(timeZone);
  if (WITH_OFFSET.test(text)) {
    const d = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (Number.isNaN(d.getTime())) throw new KtavError('invalid-arguments', 'publish:badTime', { at });
    return d;
  }
  const m = LOCAL.exec(text);
  if (!m) throw new KtavError('invalid-arguments', 'publish:badTime', { at });
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) throw new KtavError('invalid-arguments', 'publish:badTime', { at });
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // The zone's offset at a first guess, then at the instant that gives (they differ across a change of clocks).
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

/** WordPress's `date_gmt`: `YYYY-MM-DDTHH:MM:SS` in UTC. */
export function wpGmt(instant: Date): string {
  return instant.toISOString().slice(0, 19);
}

/** The same instant as a wall-clock time in the zone, for messages (`2026-12-04 01:30`). */
export function wallClock(instant: Date, timeZone: string): string {
  const p = parts(instant.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const p = parts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

function parts(instant: number, timeZone: string) {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const out: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(instant))) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

function checkZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new KtavError('invalid-arguments', 'publish:badTimeZone', { zone: timeZone });
  }
}
