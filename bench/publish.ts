// Publishing an article with 10 pictures of 24 MP to WordPress: what Ktav's publish costs beside
// the work it cannot avoid. `npm run bench:publish`. In each of KTAV_BENCH_ROUNDS alternating
// rounds (default 3), against the loopback WordPress of the tests (Debian's package, PHP's
// built-in server, as an Editor):
//   ktav        `publish()` of a fresh article: the gate, the user look-up, the post and picture
//               look-ups, the 10 renditions (the export's largest JPEG, credit written in),
//               10 uploads, the terms, the post, the parents, the record on the article
//   renditions  the same 10 renditions alone (what any upload of these pictures needs first)
//   curl        the same 10 files uploaded by `curl`, one after another, then one post
// Each round's pictures carry a credit of their own, so neither side finds them on the site.
// Ktav's target: within 30% of renditions + curl.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { exportMediaFrom } from '../main/services/export/exportMedia.js';
import { uploadRendition } from '../main/services/publish/sitePictures.js';
import { FileSecrets } from '../main/services/secrets/secretStore.js';
import { createServices } from '../main/services/services.js';
import { MemorySettings } from '../main/services/settings/settingsStore.js';
import { emptyCredit } from '../shared/model/media.js';
import { ensureSite, startServer, stopDatabaseIfStartedBy } from '../tests/support/wordpress/wordpress.mjs';
import { replaceSection } from './resultsFile.js';

const ROUNDS = Number(process.env.KTAV_BENCH_ROUNDS ?? 3);
const PICTURES = 10;
const WIDTH = 6000;
const HEIGHT = 4000; // 24 MP
const run = promisify(execFile);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** A 24 MP photograph-like JPEG: a gradient with grain, so it encodes like a photo and not like a flat colour. */
async function photo(path: string, i: number): Promise<void> {
  const grain = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 18 } } }).raw().toBuffer();
  const gradient = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${i * 36},60%,35%)"/><stop offset="1" stop-color="hsl(${i * 36 + 120},60%,70%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${WIDTH / 2}" cy="${HEIGHT / 2}" r="${HEIGHT / 3}" fill="#fff" fill-opacity="0.5"/></svg>`);
  await sharp(grain, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .composite([{ input: gradient, blend: 'overlay' }])
    .jpeg({ quality: 88 })
    .toFile(path);
}

const root = await mkdtemp(join(tmpdir(), 'ktav-bench-publish-'));
const repo = join(root, 'repo');
const dataDir = join(root, 'user-data');
await mkdir(join(root, 'pictures'), { recursive: true });
console.log(`making ${PICTURES} pictures of ${WIDTH}×${HEIGHT}…`);
const files: string[] = [];
for (let i = 0; i < PICTURES; i++) {
  const path = join(root, 'pictures', `photo-${i}.jpg`);
  await photo(path, i);
  files.push(path);
}
const originalBytes = (await Promise.all(files.map((f) => readFile(f)))).reduce((n, b) => n + b.length, 0);

const runId = `bench-${process.pid}`;
const { users } = await ensureSite({ runId });
const server = await startServer();
const editor = users.editor!;
const services = await createServices(repo, new MemorySettings(), { dataDir, secrets: new FileSecrets(join(dataDir, 'secrets.json')) });
await services.publish.addSite({ name: 'bench', url: server.url, user: editor.user }, editor.password);
const imported = await services.media.library.importFiles(files);
const ids = imported.map((o) => (o.ok ? o.record.id : ''));
if (ids.some((id) => !id)) throw new Error('a picture did not import');
const media = exportMediaFrom(services.media);

const field = (type: string, text: string) => ({ type, attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });
const paragraph = (text: string) => ({ type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text }] });
async function freshArticle(round: number): Promise<string> {
  // A credit of this round's own: a new upload on both sides (Ktav would re-use an attachment it finds).
  for (const [i, id] of ids.entries()) {
    await services.media.library.applyCredit([id], { ...emptyCredit(), creditLine: `צילום: צלם ${i + 1} / סוכנות`, creators: [`צלם ${i + 1}`], caption: `תמונה ${i + 1} בכתבה`, altText: `תיאור התמונה ${i + 1}`, usageTerms: `סבב ${round} ${Date.now()}` });
  }
  const doc = {
    type: 'doc',
    content: [
      field('headline', `כתבה עם עשר תמונות, סבב ${round}`),
      field('subheadline', 'מדידת הפרסום לאתר'),
      field('byline', 'דנה לוי'),
      ...ids.flatMap((id, i) => [paragraph(`פסקה ${i + 1} לפני התמונה, עם Tel Aviv ו-3.5%.`), { type: 'figure', attrs: { imageId: id }, content: [{ type: 'figcaption', attrs: { dir: 'auto' } }] }]),
    ],
  };
  const article = await services.articles.create(doc as never, { section: 'מדידות', slug: `bench-${round}-${Date.now()}`, status: 'approved' });
  return article.id;
}

async function renditionsAlone(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const out: string[] = [];
  for (const id of ids) out.push((await uploadRendition(services.media.library.get(id), media, dir)).path);
  return out;
}

async function curlUploads(paths: string[]): Promise<void> {
  const auth = `${editor.user}:${editor.password}`;
  const mediaIds: number[] = [];
  for (const path of paths) {
    const { stdout } = await run('curl', ['-sS', '--fail', '-u', auth, '-H', 'Content-Type: image/jpeg', '-H', `Content-Disposition: attachment; filename="${path.split('/').pop()}"`, '--data-binary', `@${path}`, `${server.url}/?rest_route=/wp/v2/media&_fields=id`], { maxBuffer: 16 << 20 });
    mediaIds.push((JSON.parse(stdout) as { id: number }).id);
  }
  const body = JSON.stringify({ title: 'curl', status: 'publish', featured_media: mediaIds[0], content: mediaIds.map((id) => `<p>x</p><figure><img class="wp-image-${id}" src="x" alt=""></figure>`).join('\n') });
  await run('curl', ['-sS', '--fail', '-u', auth, '-H', 'Content-Type: application/json', '--data-binary', body, `${server.url}/?rest_route=/wp/v2/posts&_fields=id`]);
}

const load = loadavg()[0]!;
const results = { ktav: [] as number[], renditions: [] as number[], curl: [] as number[], uploadBytes: 0 };
for (let round = 1; round <= ROUNDS; round++) {
  const articleId = await freshArticle(round);
  const ktav = await timed(async () => {
    const outcome = await services.publish.publish({ articleId, site: 'bench', status: 'publish', force: false, createCategory: true });
    if (outcome.kind !== 'published') throw new Error(`publish: ${outcome.kind}`);
  });
  await freshArticle(round + 100); // new credits again, for the reference's files
  const dir = join(root, `round-${round}`);
  let paths: string[] = [];
  const renditions = await timed(async () => (paths = await renditionsAlone(dir)));
  results.uploadBytes = (await Promise.all(paths.map((p) => readFile(p)))).reduce((n, b) => n + b.length, 0);
  const curl = await timed(() => curlUploads(paths));
  await rm(dir, { recursive: true, force: true });
  results.ktav.push(ktav);
  results.renditions.push(renditions);
  results.curl.push(curl);
  console.log(`round ${round}: ktav ${ms(ktav)}; renditions ${ms(renditions)} + curl ${ms(curl)} = ${ms(renditions + curl)}`);
}
await services.close();
await server.stop();
await stopDatabaseIfStartedBy(runId); // a database this bench started; one already running stays

const k = median(results.ktav);
const rend = median(results.renditions);
const c = median(results.curl);
const reference = median(results.renditions.map((r, i) => r + results.curl[i]!));
const overhead = k / reference - 1;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const body = `## Publishing to WordPress (issue: publish to the site)

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform}, Node ${process.version}; load average ${load.toFixed(1)} at the start; an article with ${PICTURES} pictures of ${WIDTH}×${HEIGHT} (24 MP, ${mb(originalBytes)} of JPEG originals) published to the loopback WordPress 6.1 (Debian's package, PHP's built-in server with 4 workers, Imagick making WordPress's own sizes) as an Editor; ${ROUNDS} alternating rounds, medians. Each round's pictures carry a credit of their own, so every run uploads them anew. The uploads are the export's largest JPEG rendition of each picture (1600 px wide, credit written in; ${mb(results.uploadBytes)} in all).

| | time |
|---|---:|
| Ktav: \`publish()\` (gate, look-ups, renditions, 10 uploads, terms, post, parents, record) | ${ms(k)} |
| the 10 renditions alone (decode 24 MP, resize, encode, write the credit) | ${ms(rend)} |
| the same 10 files uploaded by \`curl\`, one after another, and one post | ${ms(c)} |
| renditions + curl | ${ms(reference)} |

Each round (Ktav; renditions + curl): ${results.ktav.map((x, i) => `${ms(x)}; ${ms(results.renditions[i]! + results.curl[i]!)}`).join(' · ')}. On a machine this loaded the rounds differ by a third; the medians are what counts.

Ktav's target: within 30% of the raw uploads plus the renditions it needs anyway: ${ms(k)} against ${ms(reference)}, ${overhead >= 0 ? '+' : ''}${(overhead * 100).toFixed(0)}%, ${overhead <= 0.3 ? 'met' : 'not met'}. Ktav makes the next picture's rendition while the current one uploads, so its time can fall below the sum; WordPress's own work on each upload (Imagick making its sizes) is in both columns.`;
await replaceSection('publish', body);
console.log(body);
await rm(root, { recursive: true, force: true });
