import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { OFFLINE_APP } from './src/lib/export/offline-data.ts';

// The offline file's app (src/offline/): one classic script and one style sheet, which
// src/lib/export/html.ts inlines into a single HTML file with a diagram's data. Built after the site,
// into build/offline/, where the CLI reads it and the site's export menu fetches it. No ELK (the
// layouts travel in the file) and none of SvelteKit: $app/paths is the one module a shared component
// reaches for, and it stands in as a stub that refuses to link.
const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	plugins: [svelte()],
	resolve: {
		alias: { $lib: path('src/lib'), '$app/paths': path('src/offline/no-site-paths.ts') }
	},
	// Library mode leaves process.env alone; Svelte and xyflow read NODE_ENV to drop their dev checks.
	define: { 'process.env.NODE_ENV': JSON.stringify('production') },
	logLevel: 'warn',
	build: {
		outDir: `build/${OFFLINE_APP.dir}`,
		emptyOutDir: true,
		copyPublicDir: false,
		cssCodeSplit: false,
		lib: { entry: path('src/offline/main.ts'), formats: ['iife'], name: 'renkei', fileName: () => OFFLINE_APP.script, cssFileName: OFFLINE_APP.style.replace(/\.css$/, '') }
	}
});
