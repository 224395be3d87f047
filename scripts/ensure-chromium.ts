// Makes sure the end-to-end tests have a browser: Chromium plus the Noto CJK fonts
// (the diagrams carry Japanese labels, so boxes are measured and drawn with them).
// Installs both through apt when running as root; otherwise fails with one line
// saying what to run. It never skips: a missing browser is an error, not a pass.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const INSTALL_HINT = `Chromium not found: run "sudo apt-get install -y ${PACKAGES.join(' ')}" (or set CHROMIUM_PATH)`;
const FONTS_HINT = 'Noto Sans CJK fonts not found: run "sudo apt-get install -y fonts-noto-cjk"';

const customPath = process.env.CHROMIUM_PATH;
const chromiumPath = customPath || '/usr/bin/chromium';

function isExecutable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function hasCjkFonts(): boolean {
	const result = spawnSync('fc-list', { encoding: 'utf8' });
	return result.status === 0 && /noto sans cjk/i.test(result.stdout);
}

function canApt(): boolean {
	return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function fail(line: string): never {
	console.error(line);
	process.exit(1);
}

function apt(...args: string[]): void {
	console.log(`$ apt-get ${args.join(' ')}`);
	const result = spawnSync('apt-get', args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (result.status !== 0) fail(`apt-get ${args[0]} failed (exit ${result.status ?? result.signal}); ${INSTALL_HINT}`);
}

function aptInstall(packages: string[]): void {
	apt('update');
	apt('install', '-y', ...packages);
}

if (!isExecutable(chromiumPath)) {
	// apt installs /usr/bin/chromium, which cannot satisfy a CHROMIUM_PATH pointing elsewhere.
	if (customPath && customPath !== '/usr/bin/chromium') fail(`CHROMIUM_PATH=${customPath} is not an executable file`);
	if (!canApt()) fail(INSTALL_HINT);
	aptInstall(PACKAGES);
	if (!isExecutable(chromiumPath)) fail(`apt-get installed chromium but ${chromiumPath} is still missing; ${INSTALL_HINT}`);
	if (!hasCjkFonts()) fail(`apt-get installed fonts-noto-cjk but fc-list lists no Noto Sans CJK; ${FONTS_HINT}`);
	console.log(`Installed ${PACKAGES.join(' and ')}: ${chromiumPath}`);
} else if (!hasCjkFonts()) {
	if (!canApt()) fail(FONTS_HINT);
	aptInstall(['fonts-noto-cjk']);
	if (!hasCjkFonts()) fail(`apt-get installed fonts-noto-cjk but fc-list lists no Noto Sans CJK; ${FONTS_HINT}`);
	console.log('Installed fonts-noto-cjk');
}
