import { existsSync } from 'node:fs';

/**
 * LibreOffice's command, where one is installed. An office suite is not part of the machine image CI
 * starts from, so the round trips through it run only where this finds one.
 */
export function findSoffice(): string | undefined {
	return ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/homebrew/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'].find((p) => existsSync(p));
}
