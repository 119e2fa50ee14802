// Preloaded with `node --import` into a `ktav` process: appends every package the process
// imports (a bare specifier: `sharp`, `zod`, not a relative path or a `node:` module) to the
// file named by KTAV_TRACE_FILE, so a test can tell what a command loaded.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
const bare = (s) => process.env.KTAV_TRACE_ALL === '1' || !/^(\\.|\\/|node:|file:|data:)/.test(s);
export async function resolve(specifier, context, next) {
  if (bare(specifier)) appendFileSync(process.env.KTAV_TRACE_FILE, specifier + '\\n');
  return next(specifier, context);
}`)}`,
);
