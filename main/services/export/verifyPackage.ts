// `ktav verify`: re-checks a package as the site would receive it. Every file against the
// list of checksums, the manifest against the ninjs 2.2 schema, the page's HTML, and every
// picture the page or the manifest names: present, credited as the manifest says, no location.
import { HtmlValidate } from 'html-validate';
import { unzipSync } from 'fflate';
import { Phrase, type KeyOf, type MessageParams } from '../../../shared/api/errors.js';
import { checkEmbedded } from './embeddedCreditCheck.js';
import { FILE_LIST, sha256, type ListedFile } from './fileList.js';
import { CREDIT_LINE_ROLE } from './ninjsManifest.js';
import { ninjsProblems } from './ninjsValidator.js';
import { HTML_VALIDATE_CONFIG } from './htmlValidateConfig.js';

export interface VerifyProblem {
  code: string;
  file: string;
  /** What is wrong, as a Phrase `ktav verify` says in the person's language. */
  message: Phrase;
}

export interface VerifyReport {
  ok: boolean;
  files: number;
  problems: VerifyProblem[];
}

/** Checks a package given as its files (path → bytes): the contents of a zip or of a folder. */
export async function verifyFiles(files: Map<string, Uint8Array>): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  const add = (code: string, file: string, key: KeyOf<'export'>, params: MessageParams = {}) =>
    problems.push({ code, file, message: new Phrase(`export:${key}`, { file, ...params }) });

  // 1. Checksums: every listed file present and unchanged, nothing unlisted.
  const listBytes = files.get(FILE_LIST);
  if (!listBytes) add('no-checksums', FILE_LIST, 'verifyNoChecksums');
  else {
    let listed: ListedFile[] = [];
    try {
      listed = (JSON.parse(Buffer.from(listBytes).toString('utf8')) as { files: ListedFile[] }).files ?? [];
    } catch {
      add('no-checksums', FILE_LIST, 'verifyNoChecksums');
    }
    const names = new Set(listed.map((f) => f.path));
    for (const f of listed) {
      const bytes = files.get(f.path);
      if (!bytes) add('missing-file', f.path, 'verifyMissingFile');
      else if (bytes.length !== f.bytes) add('size', f.path, 'verifySize', { actual: bytes.length, expected: f.bytes });
      else if (sha256(bytes) !== f.sha256) add('checksum', f.path, 'verifyChecksum');
    }
    for (const path of files.keys()) if (path !== FILE_LIST && !names.has(path)) add('unlisted', path, 'verifyUnlisted');
  }

  // 2. The manifest is ninjs 2.2.
  const manifestBytes = files.get('manifest.json');
  let manifest: Record<string, unknown> | null = null;
  if (!manifestBytes) add('missing-file', 'manifest.json', 'verifyMissingFile');
  else {
    try {
      manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as Record<string, unknown>;
      const found = ninjsProblems(manifest);
      if (found.length) add('manifest', 'manifest.json', 'verifyManifest', { details: found.slice(0, 5).join('; ') });
    } catch {
      add('manifest', 'manifest.json', 'verifyManifest', { details: new Phrase('notJson', { file: 'manifest.json' }) });
    }
  }

  // 3. The page is valid HTML.
  const page = files.get('index.html');
  if (!page) add('missing-file', 'index.html', 'verifyMissingFile');
  else {
    const html = Buffer.from(page).toString('utf8');
    const report = await new HtmlValidate(HTML_VALIDATE_CONFIG).validateString(html, 'index.html');
    if (!report.valid) {
      const details = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).slice(0, 5).join('; ');
      add('html', 'index.html', 'verifyHtml', { details });
    }
    // 4. Every picture the page names is in the package.
    for (const ref of pictureRefs(html)) if (!files.has(ref)) add('image-missing', ref, 'verifyImageMissing');
  }

  // 5. Every picture is credited as the manifest says, with no location left in it.
  const expected = expectedCredits(manifest);
  for (const [path, bytes] of files) {
    if (!/^images\/.+\.(jpe?g|webp|png|avif|heic|tiff?)$/i.test(path)) continue;
    let embedded;
    try {
      embedded = await checkEmbedded(bytes, path);
    } catch {
      add('image-uncredited', path, 'verifyImageUncredited');
      continue;
    }
    const credit = embedded.creditLine.trim();
    const want = expected.get(path);
    if (!credit) add('image-uncredited', path, 'verifyImageUncredited');
    else if (want !== undefined && credit !== want) add('image-credit', path, 'verifyImageCredit', { found: credit, expected: want });
    if (embedded.hasLocation) add('image-location', path, 'verifyImageLocation');
  }

  return { ok: problems.length === 0, files: files.size, problems };
}

export async function verifyZip(zip: Uint8Array, name: string): Promise<VerifyReport> {
  let files: Map<string, Uint8Array>;
  try {
    const entries = unzipSync(zip);
    files = new Map(Object.entries(entries).filter(([path]) => !path.endsWith('/')));
  } catch {
    return { ok: false, files: 0, problems: [{ code: 'not-zip', file: name, message: new Phrase('export:verifyNotZip', { file: name, details: new Phrase('unreadableContent') }) }] };
  }
  return verifyFiles(files);
}

/** Package paths of every picture in `src`, `srcset` of the page (relative ones only). */
export function pictureRefs(html: string): string[] {
  const refs = new Set<string>();
  for (const m of html.matchAll(/\s(src|srcset)="([^"]*)"/g)) {
    for (const part of m[2]!.split(',')) {
      const url = part.trim().split(/\s+/)[0] ?? '';
      if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/')) refs.add(url.replace(/&amp;/g, '&'));
    }
  }
  return [...refs];
}

/** Rendition path → the credit line its association carries. */
function expectedCredits(manifest: Record<string, unknown> | null): Map<string, string> {
  const out = new Map<string, string>();
  const associations = (manifest?.associations ?? []) as { descriptions?: { role?: string; value: string }[]; renditions?: { href?: string }[] }[];
  if (!Array.isArray(associations)) return out;
  for (const a of associations) {
    const credit = a.descriptions?.find((d) => d.role === CREDIT_LINE_ROLE)?.value ?? '';
    for (const r of a.renditions ?? []) {
      const path = r.href ? /\/(images\/[^/]+)$/.exec(r.href)?.[1] : undefined;
      if (path) out.set(decodeURIComponent(path), credit);
    }
  }
  return out;
}
