import { z } from 'zod';
import { RELATIONSHIP_KINDS, SIDES } from '../i18n/vocabulary.ts';
import { PARTIAL_DATE } from './primitives.ts';

// Zod compiles fast parsers with `new Function` unless told not to, and probes for it when a schema is
// built. Under the site's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
// violation on every page, so it must be switched off before the first schema below is created.
z.config({ jitless: true });

export { LANGS, type Lang } from '../i18n/lang.ts';

const nonEmpty = z.string().trim().min(1);

/** Every user-visible text exists in both languages; a missing one is a data error. */
export const Text = z.strictObject({
	ja: nonEmpty.meta({ description: 'Japanese' }),
	en: nonEmpty.meta({ description: 'English' })
});
export type Text = z.infer<typeof Text>;

export const Id = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens, starting with a letter');

export const PartialDate = z.string().regex(PARTIAL_DATE, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

export const Citation = z.strictObject({
	/** id of an entry in data/sources.yaml */
	source: Id,
	/** figure or section, as the source names it, e.g. 図表Ⅱ-4-2-3 or 3(1) */
	ref: nonEmpty,
	/** a short passage of the source, quoted so a reader can check the claim */
	quote: nonEmpty.optional()
});
export type Citation = z.infer<typeof Citation>;

const sourced = { sources: z.array(Citation).min(1, 'every fact needs at least one source') };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const LineRange = z
	.tuple([z.number().int().positive(), z.number().int().positive()])
	.refine(([from, to]) => from <= to, 'a line range runs from its first line to its last');

/** A section or figure of a source text, by the lines it spans in the project's copy. */
export const SourceSection = z.strictObject({
	/** as citations name it, e.g. 3.1(1) or 図表Ⅱ-4-2-3 */
	ref: nonEmpty,
	/** the heading or caption as printed */
	title: nonEmpty,
	/** 1-based inclusive ranges; a figure the printed page splits has several */
	lines: z.array(LineRange).min(1)
});
export type SourceSection = z.infer<typeof SourceSection>;

export const Source = z.strictObject({
	id: Id,
	/** the copy of the text in sources/ */
	file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'a file name in sources/, e.g. dow2018.txt'),
	title: Text,
	publisher: Text,
	year: z.number().int(),
	published: PartialDate,
	/** where the publisher publishes it */
	url: z.url({ protocol: /^https?$/ }),
	sections: z.array(SourceSection).default([])
});
export type Source = z.infer<typeof Source>;

export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

export const Organization = z.strictObject({
	id: Id,
	side: Side,
	name: Text,
	abbr: Text.optional(),
	...sourced
});
export type Organization = z.infer<typeof Organization>;

export const Participant = z.strictObject({
	side: z.enum(['jp', 'us']),
	org: Id,
	/** the post or office that represents the organization, when the source names one */
	post: Text.optional(),
	/** the post's title already names the organization (外務大臣), so it is shown alone */
	postAlone: z.boolean().default(false),
	asNeeded: z.boolean().default(false),
	representative: z.boolean().default(false)
});
export type Participant = z.infer<typeof Participant>;

export const Level = z.strictObject({ id: Id, name: Text });

/** `activity`: a measure, operation or activity a document assigns to a stage, drawn like a body. */
export const BodyKind = z.enum(['mechanism', 'body', 'office', 'tier', 'activity']);
export type BodyKind = z.infer<typeof BodyKind>;

export const Body = z.strictObject({
	id: Id,
	kind: BodyKind.default('body'),
	name: Text,
	abbr: z.string().trim().min(1).optional(),
	side: Side.default('bilateral'),
	/** each entry is one line of the body's role as the figure states it */
	role: z.array(Text).default([]),
	participants: z.array(Participant).default([]),
	levels: z.array(Level).default([]),
	/** mechanisms (bodies of kind "mechanism") this body is a component of */
	memberOf: z.array(Id).default([]),
	established: PartialDate.optional(),
	reorganized: z.array(z.strictObject({ date: PartialDate, what: Text, ...sourced })).default([]),
	/** legal or documentary basis, e.g. a treaty article */
	basis: Text.optional(),
	/** the level at which it meets, e.g. ministerial or director-general */
	level: Text.optional(),
	note: Text.optional(),
	...sourced
});
export type Body = z.infer<typeof Body>;

export const RelationshipKind = z.enum(RELATIONSHIP_KINDS);
export type RelationshipKind = z.infer<typeof RelationshipKind>;

export const Relationship = z.strictObject({
	id: Id,
	from: Id,
	to: Id,
	kind: RelationshipKind,
	/** false for mutual links drawn with arrowheads at both ends */
	directed: z.boolean().default(false),
	asNeeded: z.boolean().default(false),
	label: Text.optional(),
	note: Text.optional(),
	...sourced
});
export type Relationship = z.infer<typeof Relationship>;

export const DiagramNode = z.strictObject({
	body: Id,
	/** vertical band the node is placed in, top = 0 */
	rank: z.number().int().min(0).optional(),
	/** stretch across the whole diagram, like the figures' upper bands */
	span: z.literal('full').optional(),
	/** content width in pixels, when the default is too narrow for the figure's text */
	width: z.number().int().min(120).max(900).optional()
});
export type DiagramNode = z.infer<typeof DiagramNode>;

export const DiagramGroup = z.strictObject({
	id: Id,
	label: Text,
	members: z.array(Id).min(1),
	parent: Id.optional(),
	...sourced
});
export type DiagramGroup = z.infer<typeof DiagramGroup>;

export const Diagram = z.strictObject({
	id: Id,
	title: Text,
	summary: Text,
	/** the mechanism the diagram depicts, if any */
	mechanism: Id.optional(),
	nodes: z.array(DiagramNode).min(1),
	groups: z.array(DiagramGroup).default([]),
	/** relationships drawn; by default every relationship between two shown bodies */
	relationships: z.array(Id).optional(),
	notes: z.array(Text).default([]),
	/** the figure's own legend wording for a kind of line, where it has one */
	legend: z.partialRecord(RelationshipKind, Text).default({}),
	/**
	 * Why choosing a stage changes nothing here: the mechanisms drawn serve every stage. Shown with the
	 * stage, with a link to the diagram where stages do differ.
	 */
	everyStage: z.strictObject({ note: Text, diagram: Id, ...sourced }).optional(),
	...sourced
});
export type Diagram = z.infer<typeof Diagram>;

// Later issues (stages, walkthroughs, timeline) read these; the schema carries them from the start.
export const Operation = z.strictObject({
	area: Text,
	sdf: Text,
	us: Text,
	...sourced
});
export type Operation = z.infer<typeof Operation>;

export const Stage = z.strictObject({
	id: Id,
	/** A, B, C-1, C-2, D, E as in the Guidelines' chapters */
	code: nonEmpty,
	/** the peacetime-to-contingency sequence, or a separate track such as a large-scale disaster */
	track: z.enum(['main', 'disaster']).default('main'),
	name: Text,
	legalNames: z.array(Text).default([]),
	measures: z.array(Text).default([]),
	operations: z.array(Operation).default([]),
	activeBodies: z.array(Id).default([]),
	activeRelationships: z.array(Id).default([]),
	/** bodies the stage keeps from an earlier one, where the source says it continues them; shown as continued, not new */
	continuedBodies: z.array(Id).default([]),
	note: Text.optional(),
	...sourced
});
export type Stage = z.infer<typeof Stage>;

export const STEP_UNCITED = 'missing source: every fact needs at least one citation (or mark the step illustrative and say why)';

/** A body or a link that acts in a step. */
export const StepTarget = z.union([z.strictObject({ body: Id }), z.strictObject({ relationship: Id })]);
export type StepTarget = z.infer<typeof StepTarget>;

export const Step = z
	.strictObject({
		id: Id,
		target: StepTarget,
		/** further bodies or links acting in the same step, drawn like the target */
		also: z.array(StepTarget).optional(),
		title: Text,
		narration: Text,
		/** the sources do not state this step outright; the UI labels it */
		illustrative: z.boolean().default(false),
		/** why the step is illustrative, shown with the label: what the sources leave open */
		reason: Text.optional(),
		/** the stage this step is in, when a walkthrough moves through stages; otherwise the walkthrough's */
		stage: Id.optional(),
		// A reader's own walkthrough may tell a step no source states; saying why stands in for a citation.
		sources: z.array(Citation).default([])
	})
	.refine((s) => s.sources.length > 0 || (s.illustrative && s.reason !== undefined), {
		path: ['sources'],
		message: STEP_UNCITED,
		// judged even when another field is wrong, so one run reports the missing citation too
		when: (payload) => isRecord(payload.value) && Array.isArray(payload.value.sources)
	});
export type Step = z.infer<typeof Step>;

export const Walkthrough = z.strictObject({
	id: Id,
	diagram: Id,
	stage: Id,
	title: Text,
	steps: z.array(Step).min(1),
	...sourced
});
export type Walkthrough = z.infer<typeof Walkthrough>;
/** A walkthrough as written in a file, before defaults are filled in. */
export type WalkthroughInput = z.input<typeof Walkthrough>;

export const Event = z.strictObject({
	id: Id,
	date: PartialDate,
	title: Text,
	bodies: z.array(Id).default([]),
	/** what the date or the wording rests on, where the source is less precise than one event (an inferred year, two meetings reported together) */
	note: Text.optional(),
	...sourced
});
export type Event = z.infer<typeof Event>;

export const FigureColumn = z.strictObject({
	id: Id,
	label: Text,
	/** the header spanning consecutive columns of the same group, e.g. 出席対象者 over 日本側 and 米側 */
	group: Text.optional()
});
export type FigureColumn = z.infer<typeof FigureColumn>;

/**
 * A figure printed as a table, cell by cell as the source prints it. Each row is one body; the first
 * column heads the rows with the body's name (any cells given for it are printed under the name).
 */
export const FigureTable = z.strictObject({
	id: Id,
	title: Text,
	columns: z.array(FigureColumn).min(1),
	rows: z
		.array(
			z.strictObject({
				body: Id,
				/** column id → the cell's paragraphs */
				cells: z.record(z.string(), z.array(Text)).default({})
			})
		)
		.min(1),
	/** the figure's own notes (注1, 注2, …), with their markers */
	notes: z.array(Text).default([]),
	...sourced
});
export type FigureTable = z.infer<typeof FigureTable>;

/** One file in data/: every section is optional so topics can be split across files. */
export const DataFile = z.strictObject({
	sources: z.array(Source).default([]),
	organizations: z.array(Organization).default([]),
	bodies: z.array(Body).default([]),
	relationships: z.array(Relationship).default([]),
	diagrams: z.array(Diagram).default([]),
	tables: z.array(FigureTable).default([]),
	stages: z.array(Stage).default([]),
	walkthroughs: z.array(Walkthrough).default([]),
	events: z.array(Event).default([])
});
export type DataFile = z.infer<typeof DataFile>;
export type Section = keyof DataFile;

/** The sections of a data file, in the order records are merged into the model. */
export const SECTIONS = Object.keys(DataFile.shape) as Section[];
