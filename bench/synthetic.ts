// Generated organization-chart-like data files for the benchmarks: valid for the app's loader, the
// same graph on every run (seeded), sized from a couple of hundred to ten thousand bodies.
import { stringify } from 'yaml';
import { seededRandom } from '../scripts/seeded-random.ts';

const BRANCHING = 4;
const CROSS_LINK_SHARE = 0.15;

export const SYNTHETIC_SHAPE =
	`${BRANCHING}-ary tree of "direction" links + ${CROSS_LINK_SHARE * 100}% extra "coordination" links ` +
	'(half labelled) between bodies of the same or neighbouring depth';

/**
 * An organization-chart-like data file: a BRANCHING-ary tree of bodies (directed "direction" links
 * from parent to child) plus CROSS_LINK_SHARE × n undirected, labelled "coordination" links between
 * bodies of the same or neighbouring tree depth (the kind of lateral link the real figures draw).
 * Cards vary like the real ones: some have participants on one or both sides and a role line.
 */
export function syntheticYaml(n: number, seed = 1): string {
	const rnd = seededRandom(seed).next;
	const cite = [{ source: 'bench', ref: 'synthetic' }];
	const depth: number[] = [0];
	const byDepth: number[][] = [[0]];
	for (let i = 1; i < n; i++) {
		const d = depth[Math.floor((i - 1) / BRANCHING)]! + 1;
		depth.push(d);
		(byDepth[d] ??= []).push(i);
	}
	const bodies = Array.from({ length: n }, (_, i) => ({
		id: `b${i}`,
		name: { ja: `合成組織${i}`, en: `Synthetic body ${i}` },
		abbr: `SB${i}`,
		role: i % 5 === 0 ? [{ ja: '関係機関との調整及び情報共有', en: 'Coordination and information sharing with related agencies' }] : [],
		participants:
			i % 3 === 0
				? [
						{ side: 'jp', org: 'jp-agency', post: { ja: '局長', en: 'Director-General' } },
						{ side: 'us', org: 'us-agency', post: { ja: '司令官', en: 'Commander' }, asNeeded: i % 2 === 0 }
					]
				: i % 3 === 1
					? [{ side: 'jp', org: 'jp-agency' }]
					: [],
		sources: cite
	}));
	const relationships: Record<string, unknown>[] = [];
	const linked = new Set<string>();
	for (let i = 1; i < n; i++) {
		const parent = Math.floor((i - 1) / BRANCHING);
		linked.add(`${parent}-${i}`).add(`${i}-${parent}`);
		relationships.push({ id: `t${i}`, from: `b${parent}`, to: `b${i}`, kind: 'direction', directed: true, sources: cite });
	}
	const crossLinks = Math.round(n * CROSS_LINK_SHARE);
	for (let k = 0, tries = 0; k < crossLinks && tries < 20 * crossLinks; tries++) {
		const a = 1 + Math.floor(rnd() * (n - 1));
		const d = depth[a]! - (rnd() < 0.5 ? 0 : 1);
		const row = byDepth[d]!;
		const b = row[Math.floor(rnd() * row.length)]!;
		if (a === b || linked.has(`${a}-${b}`)) continue;
		linked.add(`${a}-${b}`).add(`${b}-${a}`);
		relationships.push({
			id: `x${k}`,
			from: `b${a}`,
			to: `b${b}`,
			kind: 'coordination',
			label: k % 2 === 0 ? { ja: '相互調整・情報交換', en: 'Mutual coordination, information exchange' } : undefined,
			sources: cite
		});
		k++;
	}
	const file = {
		sources: [{ id: 'bench', file: 'bench.txt', title: { ja: '合成データ', en: 'Synthetic data' }, publisher: { ja: 'ベンチ', en: 'Bench' }, year: 2025, published: '2025', url: 'https://example.org/bench' }],
		organizations: [
			{ id: 'jp-agency', side: 'jp', name: { ja: '日本側機関', en: 'Japanese agency' }, abbr: { ja: '日機関', en: 'JPA' }, sources: cite },
			{ id: 'us-agency', side: 'us', name: { ja: '米側機関', en: 'U.S. agency' }, abbr: { ja: '米機関', en: 'USA' }, sources: cite }
		],
		bodies,
		relationships,
		diagrams: [
			{
				id: 'synthetic',
				title: { ja: `合成図（${n}）`, en: `Synthetic diagram (${n})` },
				summary: { ja: 'ベンチマーク用', en: 'For benchmarking' },
				nodes: bodies.map((b) => ({ body: b.id })),
				sources: cite
			}
		]
	};
	return stringify(file, { lineWidth: 0, aliasDuplicateObjects: false });
}

