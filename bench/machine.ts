import { cpus, loadavg } from 'node:os';

/** What a bench's figures were measured on: they mean little without the CPU and how busy it was. */
export function machine(): string {
	const cores = cpus();
	const load = loadavg().map((l) => l.toFixed(2)).join(' / ');
	return `Machine: ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, Node ${process.version}; load average (1 / 5 / 15 min) ${load}`;
}
