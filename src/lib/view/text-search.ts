/**
 * Ranges of every occurrence of `query` in the text under `root`, across element boundaries (a
 * cited passage splits a paragraph into several elements). Case is ignored.
 */
export function searchRanges(root: Node, query: string): Range[] {
	const needle = query.trim().toLowerCase();
	if (!needle) return [];
	const nodes: { node: Text; start: number }[] = [];
	let all = '';
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		nodes.push({ node: n as Text, start: all.length });
		all += (n as Text).data;
	}
	const haystack = all.toLowerCase();
	const at = (offset: number, end: boolean) => {
		let i = nodes.length - 1;
		while (i > 0 && (nodes[i]!.start > offset || (end && nodes[i]!.start === offset))) i--;
		return { node: nodes[i]!.node, offset: offset - nodes[i]!.start };
	};
	const ranges: Range[] = [];
	for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
		const range = document.createRange();
		const from = at(i, false);
		const to = at(i + needle.length, true);
		range.setStart(from.node, from.offset);
		range.setEnd(to.node, to.offset);
		ranges.push(range);
	}
	return ranges;
}
