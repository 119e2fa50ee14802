#!/usr/bin/env node
// `npm run setup`: everything Ktav needs on a Debian or Ubuntu machine, then the npm packages.
// The same script runs first in `.ci/run`, so a newcomer's machine and CI are set up alike.
// Plain Node with no dependencies: it runs before `npm ci` has installed anything.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Chromium for the browser shell and the end-to-end tests; fonts with Hebrew glyphs; Xvfb for
// headed runs and screenshots; Perl and ExifTool (exiftool-vendored runs Perl; tests read written
// metadata back with Debian's exiftool); Java for the Nu Html Checker in the export tests; git,
// which shares the repository (and whose http-backend is the tests' remote); libheif's examples
// for `heif-enc`, which makes the iPhone-style HEVC pictures of the media tests; Hunspell with its
// Hebrew dictionary, an independent checker the spelling tests compare Ktav's with; WordPress with
// MariaDB and PHP (its MySQL, GD, XML and mbstring modules, and Imagick so the sizes WordPress makes
// keep a picture's IPTC credit), the real site the publishing tests and bench publish to on
// loopback (tests/support/wordpress/wordpress.mjs starts it; nothing is served beyond 127.0.0.1).
export const DEBIAN_PACKAGES = [
  'git',
  'chromium',
  'fonts-dejavu-core',
  'culmus',
  'xvfb',
  'xauth',
  'perl',
  'libimage-exiftool-perl',
  'default-jre-headless',
  'libheif-examples',
  'hunspell',
  'hunspell-he',
  'wordpress',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-gd',
  'php-xml',
  'php-mbstring',
  'php-imagick',
];

const isInstalled = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes(
    'install ok installed',
  ) ?? false;

function run(command, args, env = process.env) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', cwd: root, env });
}

function installDebianPackages() {
  if (!existsSync('/usr/bin/apt-get') || !existsSync('/usr/bin/dpkg-query')) {
    console.log(
      'Not a Debian or Ubuntu machine: install Chromium (or Chrome), ExifTool, Xvfb and a Java ' +
        'runtime with your system’s package manager; Ktav finds them on the PATH.',
    );
    return;
  }
  const missing = DEBIAN_PACKAGES.filter((pkg) => !isInstalled(pkg));
  if (missing.length === 0) {
    console.log('Debian packages: all present.');
    return;
  }
  const asRoot = process.getuid?.() === 0;
  const prefix = asRoot ? [] : ['sudo'];
  const apt = (...args) => {
    const [command, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    run(command, rest);
  };
  console.log(`Installing Debian packages: ${missing.join(' ')}${asRoot ? '' : ' (with sudo)'}`);
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', ...missing);
}

installDebianPackages();
// The Electron binary downloads from the internet at install time; where it cannot, Ktav runs in
// the browser shell instead (see main/start.mjs), so a failed download must not fail the setup.
// Set KTAV_ELECTRON=1 on a machine that can download it.
const env = { ...process.env };
if (env.KTAV_ELECTRON !== '1') env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
run('npm', ['ci', '--no-audit', '--no-fund'], env);
console.log('Ktav is set up: `npm start` opens it, `npm test` tests it.');
