// Builds the repository benchmark (and the search worker it starts) into bench/out with
// esbuild, then runs it. `npm run bench:repository`; sizes with KTAV_BENCH_SIZES=10,1000.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' };
await build({ ...common, entryPoints: [join(root, 'bench', 'repositoryBench.ts')], outfile: join(out, 'repositoryBench.js') });
// SearchService looks for its worker beside itself: the bench bundle.
await build({ ...common, entryPoints: [join(root, 'main', 'services', 'search', 'searchWorker.ts')], outfile: join(out, 'searchWorker.js') });
const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', join(out, 'repositoryBench.js')], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
