import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { diagramChunk, shellChunk } from './scripts/chunk-groups.ts';

// Browser tests against the built site, with one Chromium and one static server for the run
// (tests/e2e/global-setup.ts). Two files at a time: while one waits on its page, the other runs. The
// files keep no state of their own between them, so a worker loads the data and helpers once.
// Timeouts allow for a busy machine: two files share its cores, and other work may too.
const browserProject = {
	environment: 'node',
	isolate: false,
	globalSetup: ['tests/e2e/global-setup.ts'],
	testTimeout: 120_000,
	hookTimeout: 120_000,
	expect: { poll: { timeout: 10_000 } },
	maxWorkers: 2
};

export default defineConfig({
	plugins: [sveltekit()],
	environments: {
		client: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: shellChunk }, { name: diagramChunk }] } } } } }
	},
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...browserProject }
			},
			// The long URL fuzz, run by `npm run test:fuzz` rather than `npm test`.
			{
				extends: true,
				test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.ts'], ...browserProject }
			}
		]
	}
});
