import { describe, expect, it } from 'vitest';
import { syntheticYaml } from '../../../bench/synthetic.ts';
import { loadModel } from './load.ts';
import { packModel, unpackModel } from './packed.ts';

describe('packModel', () => {
	it('gives back an equal model, Japanese text and all', () => {
		const result = loadModel([{ name: 'bench/synthetic.yaml', text: syntheticYaml(30) }]);
		if (!result.ok) throw new Error(result.errors[0]?.message);
		const model = { ...result.model, sources: [{ ...result.model.sources[0]!, title: { ja: '平成30年版防衛白書', en: 'Defense of Japan 2018' } }] };
		const packed = packModel(model);
		expect(packed).toBeInstanceOf(ArrayBuffer);
		expect(unpackModel(packed)).toEqual(model);
		expect(unpackModel(packed).sources[0]!.title.ja).toBe('平成30年版防衛白書');
	});
});
