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

export function formatError(error: DataError): string {
	const where = error.line ? `${error.file}:${error.line}` : error.file;
	const path = formatPath(error.path);
	return path ? `${where}: ${path}: ${error.message}` : `${where}: ${error.message}`;
}
