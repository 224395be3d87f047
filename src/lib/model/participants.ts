import type { Organization, Participant, Text } from './schema.ts';

/** How a participant is named everywhere: the organization, or its post ("外務省北米局長"). */
export function participantName(p: Participant, org: Organization | undefined): Text {
	const orgName = org?.name ?? { ja: p.org, en: p.org };
	if (!p.post) return orgName;
	if (p.postAlone) return p.post;
	return { ja: `${org?.abbr?.ja ?? orgName.ja}${p.post.ja}`, en: `${p.post.en}, ${org?.abbr?.en ?? orgName.en}` };
}
