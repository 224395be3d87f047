import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { sourceFile } from '$lib/server/source-texts';
import type { EntryGenerator, RequestHandler } from './$types';

// The texts as files of the static site, so a walkthrough opened from a link or a file can have its
// quotes looked up in the browser.
export const prerender = true;

export const entries: EntryGenerator = () => getModel().sources.map((s) => ({ file: s.file }));

export const GET: RequestHandler = ({ params }) => {
	const text = sourceFile(params.file);
	if (text === undefined) error(404, `No source text “${params.file}”`);
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
