// The same graph as one of our diagrams, written as a Mermaid flowchart: every body with its card's
// text, every group as a subgraph, every drawn relationship with its label. The benchmark renders it
// with Mermaid's ELK layout to compare against our page.
import type { Card } from '../src/lib/layout/card.ts';
import type { DiagramLayout } from '../src/lib/layout/types.ts';

const quote = (text: string) => `"${text.replace(/"/g, '#quot;').replace(/\n/g, '<br>')}"`;

function cardText(card: Card): string {
	return [
		card.title,
		card.subtitle,
		...card.roles,
		...card.columns.map((c) => `${c.header}: ${c.items.map((i) => i.text).join(', ')}`),
		...card.levels
	]
		.filter(Boolean)
		.join('\n');
}

export function mermaidFlowchart(layout: DiagramLayout): string {
	const ids = new Map(layout.nodes.map((n, i) => [n.id, `n${i}`]));
	const children = new Map<string | undefined, typeof layout.nodes>();
	for (const node of layout.nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);

	const lines = ['flowchart TB'];
	const write = (parent: string | undefined, indent: string) => {
		for (const node of children.get(parent) ?? []) {
			const id = ids.get(node.id)!;
			if (node.type === 'group') {
				lines.push(`${indent}subgraph ${id}[${quote(node.label)}]`);
				write(node.id, `${indent}  `);
				lines.push(`${indent}end`);
			} else {
				lines.push(`${indent}${id}[${quote(cardText(node.card))}]`);
			}
		}
	};
	write(undefined, '  ');
	for (const edge of layout.edges) {
		const arrow = edge.directed ? '-->' : '---';
		const label = edge.label ? `|${quote(edge.label.text)}|` : '';
		lines.push(`  ${ids.get(edge.source)} ${arrow}${label} ${ids.get(edge.target)}`);
	}
	return lines.join('\n');
}
