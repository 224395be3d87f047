export type PathSegment = string | number;

/** A problem in the data, with the file and the path inside it where a person can fix it. */
export interface DataError {
	file: string;
	path: PathSegment[];
	message: string;
	/** 1-based line in the file, when the parser knows it */
	line?: number;
	/** 1-based column of that line, for editors that can jump to it */
	column?: number;
}

export function formatPath(path: readonly PathSegment[]): string {
	return path.reduce<string>(
		(out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
		''
	);
}

/** `file:line:column: path: message`, the form editors and terminals turn into a link to the spot. */
export function formatError(error: DataError): string {
	const where = [error.file, error.line, error.line && error.column].filter(Boolean).join(':');
	const path = formatPath(error.path);
	return path ? `${where}: ${path}: ${error.message}` : `${where}: ${error.message}`;
}
