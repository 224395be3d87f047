import type { Model } from './model.ts';

/**
 * A model as bytes of JSON: a worker hands it on whole without the page reading it. Received as it is,
 * a 2,000-body model took the page's thread 50-170 ms to take in (a structured clone) and as long
 * again to post on to the layout worker; bytes cross in a copy or a transfer.
 */
export type PackedModel = ArrayBuffer;

export function packModel(model: Model): PackedModel {
	return new TextEncoder().encode(JSON.stringify(model)).buffer as ArrayBuffer;
}

export function unpackModel(packed: PackedModel): Model {
	return JSON.parse(new TextDecoder().decode(packed)) as Model;
}
