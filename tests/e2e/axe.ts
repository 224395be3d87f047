// axe-core in a page: the WCAG 2.1 A/AA rules, plus a page keeping its h1. Shared by the test files
// that check a view's accessibility.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string; nodes: { target: string[] }[] };

/** Each violation axe-core reports on the page as it stands, with up to three of its elements. */
export async function axe(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe.run;
		const options = {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			// A best-practice rule on top: a page (a diagram with a body open, say) must keep its h1.
			rules: { 'page-has-heading-one': { enabled: true } }
		};
		return (await run(document, options)).violations;
	});
	return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
