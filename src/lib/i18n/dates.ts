import type { Lang } from './lang.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A partial date (YYYY, YYYY-MM or YYYY-MM-DD) at exactly its precision: "2015年11月", "November 2015".
 * Written out by hand rather than with Intl so the prerendered text and the browser's agree.
 */
export function formatPartialDate(date: string, lang: Lang): string {
	const [year, month, day] = date.split('-').map(Number);
	if (lang === 'ja') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
	const monthName = month ? MONTHS[month - 1] : undefined;
	return [day, monthName, year].filter((part) => part !== undefined).join(' ');
}
