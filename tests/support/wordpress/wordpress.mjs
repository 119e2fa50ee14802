#!/usr/bin/env node
// A real WordPress on loopback for the publishing tests and bench: Debian's `wordpress` package,
// MariaDB on a private socket, PHP's built-in server. Plain Node with no dependencies, so the
// tests, the bench and a person at a shell all start the same site:
//
//   node tests/support/wordpress/wordpress.mjs start [--port N]   # prints { url, users } as JSON
//   node tests/support/wordpress/wordpress.mjs stop                # the web server and MariaDB
//
// Everything the site keeps (the database, uploads, the users' application passwords) lives in
// one folder, $KTAV_WP_DIR or /tmp/ktav-wordpress, so a second start re-uses the installed site
// (about a second) and a removed folder gives a fresh one. MariaDB listens on a socket in that
// folder and on no TCP port, so it clashes with no other database on the machine. The one file
// outside it is /etc/wordpress/config-127.0.0.1.php: Debian's wp-config.php picks its settings by
// the request's host (port stripped), and that is where it looks.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WP_ROOT = '/usr/share/wordpress';
const CONFIG_FILE = '/etc/wordpress/config-127.0.0.1.php';
const HOST = '127.0.0.1';
const DB = { name: 'ktav_wp', user: 'ktav_wp', password: 'ktav-wp-local' };

/** The users the tests publish as, one per role that matters to publishing. */
export const ROLES = ['administrator', 'editor', 'author', 'contributor'];

export function baseDir(env = process.env) {
  return env.KTAV_WP_DIR || '/tmp/ktav-wordpress';
}

function paths(base = baseDir()) {
  return {
    base,
    data: join(base, 'mysql'),
    run: join(base, 'run'),
    socket: join(base, 'run', 'mysqld.sock'),
    pid: join(base, 'run', 'mysqld.pid'),
    log: join(base, 'run', 'mysqld.log'),
    content: join(base, 'wp-content'),
    site: join(base, 'site.json'),
    server: join(base, 'server.json'),
    router: join(base, 'router.php'),
    lock: join(base, 'lock'),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function sql(p, statement) {
  const r = spawnSync('mariadb', ['--socket', p.socket, '-u', 'root', '-e', statement], { encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stdout, err: r.stderr };
}

/**
 * One setter-up at a time: test files run in parallel workers and each may call ensureSite.
 * A lock left by a killed process (its pid gone) is taken over.
 */
async function withLock(p, work) {
  mkdirSync(p.base, { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(p.lock);
      writeFileSync(join(p.lock, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number(readJson(join(p.lock, 'pid')) ?? 0);
      if (holder && !alive(holder)) rmSync(p.lock, { recursive: true, force: true });
      else if (i > 1200) throw new Error(`WordPress set-up lock ${p.lock} held too long`);
      else await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(p.lock, { recursive: true, force: true });
  }
}

/** MariaDB on its own datadir and socket; a running one is re-used, a crashed one's leftovers cleared. */
async function startDatabase(p) {
  if (existsSync(p.pid) && alive(Number(readFileSync(p.pid, 'utf8').trim())) && sql(p, 'SELECT 1').ok) return false;
  mkdirSync(p.run, { recursive: true });
  chownSync(p.run, uid('mysql'), gid('mysql'));
  // After a crash: a stale pid file or socket would make mysqld_safe think one is running.
  rmSync(p.pid, { force: true });
  rmSync(p.socket, { force: true });
  if (!existsSync(join(p.data, 'mysql'))) {
    rmSync(p.data, { recursive: true, force: true });
    mkdirSync(p.data, { recursive: true });
    chownSync(p.data, uid('mysql'), gid('mysql'));
    const init = spawnSync('mariadb-install-db', ['--user=mysql', `--datadir=${p.data}`, '--skip-test-db', '--auth-root-authentication-method=socket'], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`mariadb-install-db failed:\n${init.stdout}\n${init.stderr}`);
  }
  const out = openSync(join(p.base, 'mysqld_safe.out'), 'a');
  const child = spawn(
    'mysqld_safe',
    [`--datadir=${p.data}`, `--socket=${p.socket}`, `--pid-file=${p.pid}`, '--skip-networking', '--user=mysql', `--log-error=${p.log}`, '--skip-log-bin', '--innodb-buffer-pool-size=64M'],
    { detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  for (let i = 0; i < 300; i++) {
    if (existsSync(p.socket) && sql(p, 'SELECT 1').ok) return true;
    await sleep(100);
  }
  throw new Error(`MariaDB did not start; see ${p.log}`);
}

function uid(name) {
  return Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());
}
function gid(name) {
  return Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
}

/** wp-config for 127.0.0.1: the database on our socket, the address from the request (any port). */
function writeConfig(p) {
  mkdirSync('/etc/wordpress', { recursive: true });
  const php = `<?php
// Written by Ktav's tests (tests/support/wordpress/wordpress.mjs): a WordPress on loopback.
define('DB_NAME', '${DB.name}');
define('DB_USER', '${DB.user}');
define('DB_PASSWORD', '${DB.password}');
define('DB_HOST', 'localhost:${p.socket}');
define('DB_CHARSET', 'utf8mb4');
// The port changes from run to run (each test file starts its own server): the address is the request's.
$ktav_host = isset($_SERVER['HTTP_HOST']) ? $_SERVER['HTTP_HOST'] : '${HOST}';
define('WP_HOME', 'http://' . $ktav_host);
define('WP_SITEURL', 'http://' . $ktav_host);
define('WP_CONTENT_DIR', '${p.content}');
define('WP_CONTENT_URL', 'http://' . $ktav_host . '/wp-content');
// Application passwords are refused over plain HTTP unless the site says it is a local one.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`;
  const current = existsSync(CONFIG_FILE) ? readFileSync(CONFIG_FILE, 'utf8') : '';
  if (current !== php) writeFileSync(CONFIG_FILE, php);
}

/** wp-content of our own: the packaged themes and languages, and uploads in the site's folder. */
function prepareContent(p) {
  mkdirSync(join(p.content, 'uploads'), { recursive: true });
  for (const part of ['themes', 'languages', 'plugins']) {
    const link = join(p.content, part);
    if (!existsSync(link)) symlinkSync(join(WP_ROOT, 'wp-content', part), link);
  }
  // PHP's server serves files of its document root only: uploads come from our folder.
  writeFileSync(
    p.router,
    `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strpos($path, '/wp-content/') === 0) {
  $file = realpath('${p.content}' . substr($path, strlen('/wp-content')));
  if ($file && is_file($file) && substr($file, -4) !== '.php') {
    $types = ['jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'webp' => 'image/webp', 'gif' => 'image/gif', 'css' => 'text/css', 'js' => 'text/javascript', 'svg' => 'image/svg+xml', 'woff2' => 'font/woff2'];
    $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
  }
}
if ($path !== '/' && is_file('${WP_ROOT}' . $path)) return false;
chdir('${WP_ROOT}');
require '${WP_ROOT}/index.php';
`,
  );
}

/** Installs WordPress from PHP (no browser, no wp-cli), with a user per role and their application passwords. */
function install(p) {
  sql(p, `CREATE DATABASE IF NOT EXISTS ${DB.name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const grant = sql(p, `CREATE USER IF NOT EXISTS '${DB.user}'@'localhost' IDENTIFIED BY '${DB.password}'; GRANT ALL ON ${DB.name}.* TO '${DB.user}'@'localhost'; FLUSH PRIVILEGES;`);
  if (!grant.ok) throw new Error(`MariaDB: ${grant.err}`);
  const php = `<?php
$_SERVER['HTTP_HOST'] = '${HOST}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);
require '${WP_ROOT}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
if (!is_blog_installed()) {
  wp_install('כתב — אתר לבדיקות', 'ktav-admin', 'admin@ktav.invalid', false, '', wp_generate_password(24), 'he_IL');
}
// A Hebrew news site: the newsroom's clock and language (the theme is drawn right to left).
update_option('timezone_string', 'Asia/Jerusalem');
update_option('gmt_offset', '');
update_option('WPLANG', 'he_IL');
$out = [];
$names = ['administrator' => 'ktav-admin', 'editor' => 'ktav-editor', 'author' => 'ktav-author', 'contributor' => 'ktav-contributor'];
$display = ['administrator' => 'מנהלת האתר', 'editor' => 'עורכת הדסק', 'author' => 'כתב השטח', 'contributor' => 'כותב אורח'];
foreach ($names as $role => $login) {
  $user = get_user_by('login', $login);
  $id = $user ? $user->ID : wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(24), 'user_email' => $login . '@ktav.invalid', 'role' => $role, 'display_name' => $display[$role]]);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
  (new WP_User($id))->set_role($role);
  wp_update_user(['ID' => $id, 'display_name' => $display[$role]]);
  foreach (WP_Application_Passwords::get_user_application_passwords($id) as $item) WP_Application_Passwords::delete_application_password($id, $item['uuid']);
  $created = WP_Application_Passwords::create_new_application_password($id, ['name' => 'ktav-tests']);
  if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message()); exit(1); }
  $out[$role] = ['id' => $id, 'user' => $login, 'name' => $display[$role], 'password' => $created[0]];
}
echo json_encode(['users' => $out], JSON_UNESCAPED_UNICODE);
`;
  const script = join(p.base, 'install.php');
  writeFileSync(script, php);
  const r = spawnSync('php', [script], { encoding: 'utf8', cwd: WP_ROOT });
  if (r.status !== 0) throw new Error(`WordPress install failed:\n${r.stdout}\n${r.stderr}`);
  const site = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  writeFileSync(p.site, `${JSON.stringify(site, null, 1)}\n`);
  return site;
}

/**
 * The database running and WordPress installed (re-used when it already is); returns the users
 * and their application passwords. Marks the database as started by `runId` when it started it,
 * so the run that started it can stop it (stopDatabaseIfStartedBy).
 */
export async function ensureSite({ base = baseDir(), runId = process.env.KTAV_WP_RUN } = {}) {
  const p = paths(base);
  const missing = [join(WP_ROOT, 'wp-load.php'), '/usr/bin/mysqld_safe', '/usr/bin/mariadb-install-db', '/usr/bin/php'].filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`The test WordPress needs Debian's wordpress, mariadb-server and php-* packages (npm run setup installs them); missing: ${missing.join(', ')}`);
  if (process.getuid?.() !== 0) throw new Error('The test WordPress is set up as root (MariaDB runs as the mysql user; its settings go to /etc/wordpress).');
  return withLock(p, async () => {
    const started = await startDatabase(p);
    if (started && runId) writeFileSync(join(p.base, 'started-by'), runId);
    writeConfig(p);
    prepareContent(p);
    const site = readJson(p.site);
    const installed = site && sql(p, `SELECT 1 FROM ${DB.name}.wp_options LIMIT 1`).ok;
    return installed ? site : install(p);
  });
}

/**
 * A port nothing listens on now, below Linux's ephemeral range (32768 and up), where the system
 * never hands out a port to a `listen(0)`: a test that stops the site to see Ktav cope, then
 * starts it again on the same port, cannot find that port taken meanwhile by another test's
 * throwaway server.
 */
export async function freePort() {
  for (let i = 0; i < 200; i++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (await canListen(port)) return port;
  }
  throw new Error('no free port between 20000 and 32000');
}

function canListen(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/**
 * PHP's built-in server for the site on `port` (a free one when 0). Several workers, so the
 * publishing code's parallel requests and a test's own look-ups do not queue behind each other.
 */
export async function startServer({ base = baseDir(), port = 0, detached = false } = {}) {
  const p = paths(base);
  const chosen = port || (await freePort());
  const child = spawn('php', ['-S', `${HOST}:${chosen}`, '-t', WP_ROOT, p.router], {
    cwd: WP_ROOT,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: 'ignore',
    // Its own process group: PHP's workers are its children and hold the socket too, so a stop
    // (or a test's "the site went away") ends the whole group.
    detached: true,
  });
  if (detached) child.unref();
  const url = `http://${HOST}:${chosen}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`php -S exited (${child.exitCode}) on port ${chosen}`);
    try {
      const r = await fetch(`${url}/?rest_route=/`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  return {
    url,
    port: chosen,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        killGroup(child.pid);
        await exited;
      }
      // The workers die with their parent but may hold the socket a moment longer: stopped
      // means the port is free again (a restart on it must not find it taken).
      for (let i = 0; i < 100 && !(await canListen(chosen)); i++) await sleep(50);
    },
  };
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Stops MariaDB (politely, then by its pid) and clears its socket. */
export async function stopDatabase({ base = baseDir() } = {}) {
  const p = paths(base);
  if (!existsSync(p.pid)) return;
  const pid = Number(readFileSync(p.pid, 'utf8').trim());
  spawnSync('mariadb-admin', ['--socket', p.socket, '-u', 'root', 'shutdown'], { encoding: 'utf8' });
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(join(p.base, 'started-by'), { force: true });
}

/** The test run that started the database stops it; a database someone else started stays. */
export async function stopDatabaseIfStartedBy(runId, { base = baseDir() } = {}) {
  const marker = join(paths(base).base, 'started-by');
  if (runId && existsSync(marker) && readFileSync(marker, 'utf8') === runId) await stopDatabase({ base });
}

async function cli(argv) {
  const [command = 'start'] = argv;
  const p = paths();
  if (command === 'start') {
    const portAt = argv.indexOf('--port');
    const site = await ensureSite();
    const old = readJson(p.server);
    if (old && alive(old.pid)) {
      process.stdout.write(`${JSON.stringify({ url: old.url, ...site }, null, 1)}\n`);
      return;
    }
    const server = await startServer({ port: portAt > 0 ? Number(argv[portAt + 1]) : 0, detached: true });
    writeFileSync(p.server, JSON.stringify({ url: server.url, pid: server.pid }));
    process.stdout.write(`${JSON.stringify({ url: server.url, ...site }, null, 1)}\n`);
  } else if (command === 'stop') {
    const old = readJson(p.server);
    if (old && alive(old.pid)) killGroup(old.pid);
    rmSync(p.server, { force: true });
    await stopDatabase();
  } else {
    process.stderr.write('usage: wordpress.mjs start [--port N] | stop\n');
    process.exitCode = 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  cli(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
