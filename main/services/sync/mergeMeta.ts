// The three-way merge of an article's metadata, field by field:
// - slug, section, target length: a value changed on one side wins; changed differently on
//   both, ours stays and the conflict is reported.
// - status: the desk's decision must reach the reporter, so a one-sided change always wins;
//   changed differently on both (a reporter marks "ready" while the desk approves), the status
//   further along the workflow wins, with no conflict: both moves happened, and the later stage
//   already implies the earlier.
// - tags, related articles, authors, the words spelling ignores: sets; additions from both
//   sides, removals from either.
// - exports: every export either machine recorded, once (by time and checksum), oldest first.
// - published: one record per site (by its address); where both machines published to the same
//   site, the later publish's record wins (it names the post as the site last had it).
// - slugEdited goes with the slug that won; when both have that slug, a hand-made one stays
//   hand-made (a new headline must not replace it).
// - createdAt the earlier, updatedAt the later, and changedBy goes with the later updatedAt.
import { ARTICLE_STATUSES, type ArticleMeta } from '../../../shared/model/article.js';
import type { ExportRecord } from '../../../shared/model/export.js';
import type { PublishedRecord } from '../../../shared/model/publish.js';
import type { PlacedConflict } from './conflict.js';
import { earlierTime, laterTime, mergeSet, mergeValue } from './mergeValue.js';

export interface MergedMeta {
  meta: ArticleMeta;
  conflicts: PlacedConflict[];
}

export function mergeMeta(base: ArticleMeta | null, ours: ArticleMeta, theirs: ArticleMeta): MergedMeta {
  const conflicts: PlacedConflict[] = [];
  const scalar = <K extends 'slug' | 'section' | 'targetWords'>(field: K): ArticleMeta[K] => {
    const merged = mergeValue(base?.[field], ours[field], theirs[field]);
    if (merged.conflict) conflicts.push({ place: { kind: 'meta', field }, ours: ours[field], theirs: theirs[field] });
    return merged.value;
  };
  const set = (field: 'tags' | 'authors' | 'related') => mergeSet(base?.[field] ?? [], ours[field], theirs[field]);

  const status = mergeValue(base?.status, ours.status, theirs.status);
  const meta: ArticleMeta = {
    slug: scalar('slug'),
    section: scalar('section'),
    tags: set('tags'),
    authors: set('authors'),
    status: status.conflict ? furtherStatus(ours.status, theirs.status) : status.value,
    createdAt: earlierTime(ours.createdAt, theirs.createdAt),
    updatedAt: laterTime(ours.updatedAt, theirs.updatedAt),
    targetWords: scalar('targetWords'),
    related: set('related'),
  };
  const later = meta.updatedAt === ours.updatedAt ? ours : theirs;
  if (later.changedBy ?? ours.changedBy ?? theirs.changedBy) meta.changedBy = (later.changedBy ?? ours.changedBy ?? theirs.changedBy)!;
  if (ours.spellingIgnored || theirs.spellingIgnored) meta.spellingIgnored = mergeSet(base?.spellingIgnored ?? [], ours.spellingIgnored ?? [], theirs.spellingIgnored ?? []);
  if (ours.exports || theirs.exports) meta.exports = allExports(ours.exports ?? [], theirs.exports ?? []);
  if (ours.published || theirs.published) meta.published = latestPerSite(ours.published ?? [], theirs.published ?? []);
  const slugEdited = slugEditedOf(meta.slug, ours, theirs);
  if (slugEdited !== undefined) meta.slugEdited = slugEdited;
  return { meta, conflicts };
}

function slugEditedOf(slug: string, ours: ArticleMeta, theirs: ArticleMeta): boolean | undefined {
  const fromOurs = ours.slug === slug;
  const fromTheirs = theirs.slug === slug;
  if (fromOurs && fromTheirs) return ours.slugEdited || theirs.slugEdited;
  return fromOurs ? ours.slugEdited : theirs.slugEdited;
}

function furtherStatus(a: ArticleMeta['status'], b: ArticleMeta['status']): ArticleMeta['status'] {
  return ARTICLE_STATUSES.indexOf(a) >= ARTICLE_STATUSES.indexOf(b) ? a : b;
}

/** An export is the package it wrote at a time: the same record on both machines is one export. */
function allExports(ours: readonly ExportRecord[], theirs: readonly ExportRecord[]): ExportRecord[] {
  const byIdentity = new Map<string, ExportRecord>();
  for (const record of [...ours, ...theirs]) {
    const identity = `${record.at}\n${record.sha256}`;
    if (!byIdentity.has(identity)) byIdentity.set(identity, record);
  }
  return [...byIdentity.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, record]) => record);
}

/** The record of each site, the later publish's where both sides have one, in order of address. */
function latestPerSite(ours: readonly PublishedRecord[], theirs: readonly PublishedRecord[]): PublishedRecord[] {
  const bySite = new Map<string, PublishedRecord>();
  for (const record of [...ours, ...theirs]) {
    const kept = bySite.get(record.url);
    if (!kept || record.at > kept.at) bySite.set(record.url, record);
  }
  return [...bySite.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
