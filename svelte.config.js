import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// Relative asset paths let the build run from any folder of any static host.
		paths: { relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		typescript: {
			// Type-check the Node scripts and benchmarks with the app.
			config: (config) => ({ ...config, include: [...config.include, '../scripts/**/*.ts', '../bench/**/*.ts'] })
		}
	}
};

export default config;
