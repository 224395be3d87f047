// The few data rules the pages need at run time, without the schema library: importing the zod
// schema would put it (about 90 KB) into every page's first load.

/** YYYY, YYYY-MM or YYYY-MM-DD: the sources often give only a year or a month. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const isPartialDate = (value: string): boolean => PARTIAL_DATE.test(value);
