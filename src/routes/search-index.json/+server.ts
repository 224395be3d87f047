import { json } from '@sveltejs/kit';
import { searchIndex } from '$lib/model/search';
import { getModel } from '$lib/server/model';
import type { RequestHandler } from './$types';

// A file of its own, fetched when a reader reaches for the search box: inline, the index was a fifth
// of every diagram page's data, and few readers search.
export const prerender = true;

export const GET: RequestHandler = () => json(searchIndex(getModel()));
