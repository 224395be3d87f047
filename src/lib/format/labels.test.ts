import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang.ts';
import type { Body, Organization, Participant } from '../model/schema.ts';
import { bodyLabel, bodyShortLabel, inEveryLang, participantName, stageLabel, withAside } from './labels.ts';

const acg = { name: { ja: '同盟調整グループ', en: 'Alliance Coordination Group' }, abbr: 'ACG' };
const summit = { name: { ja: '日米首脳会談', en: 'Japan–U.S. Summit' } };

describe('body labels', () => {
	it('add the abbreviation in the brackets of each language', () => {
		expect(bodyLabel(acg, 'ja')).toBe('同盟調整グループ（ACG）');
		expect(bodyLabel(acg, 'en')).toBe('Alliance Coordination Group (ACG)');
		expect(bodyLabel(summit, 'ja')).toBe('日米首脳会談');
		expect(bodyLabel(summit, 'en')).toBe('Japan–U.S. Summit');
	});

	it('shorten to the abbreviation where there is one', () => {
		expect(bodyShortLabel(acg, 'ja')).toBe('ACG');
		expect(bodyShortLabel(summit, 'en')).toBe('Japan–U.S. Summit');
	});

});

describe('other labels', () => {
	it('put a remark in the brackets of each language', () => {
		expect(withAside('協議', '随時', 'ja')).toBe('協議（随時）');
		expect(withAside('consults', 'as needed', 'en')).toBe('consults (as needed)');
	});

	it('name a stage by its code and name', () => {
		expect(stageLabel({ code: 'C-1', name: { ja: '武力攻撃予測事態', en: 'Anticipated armed attack' } }, 'en')).toBe('C-1 Anticipated armed attack');
	});

	it('name a participant by its post, qualified by its organization', () => {
		const mofa = { id: 'mofa', side: 'jp', name: { ja: '外務省', en: 'Ministry of Foreign Affairs' }, abbr: { ja: '外務省', en: 'MOFA' } } as Organization;
		const post = { side: 'jp', org: 'mofa', post: { ja: '北米局長', en: 'Director-General, North American Affairs Bureau' }, postAlone: false, asNeeded: false, representative: false } satisfies Participant;
		expect(participantName(post, mofa)).toEqual({ ja: '外務省北米局長', en: 'Director-General, North American Affairs Bureau, MOFA' });
		expect(participantName({ ...post, post: undefined }, mofa)).toEqual(mofa.name);
	});

	it('carry one label in every language', () => {
		expect(inEveryLang((lang) => bodyShortLabel(summit, lang))).toEqual(summit.name);
	});
});
