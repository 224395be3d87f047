// The closed lists the data names things with. They sit below the model so that the words
// (messages) and colours (theme) for each side and kind of link need not import the model.

export const SIDES = ['jp', 'us', 'bilateral'] as const;
export type Side = (typeof SIDES)[number];

export const RELATIONSHIP_KINDS = ['coordination', 'direction', 'command', 'support', 'primary'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
