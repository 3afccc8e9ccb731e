// Loaded with --import into a measured process: records its peak resident memory at exit.
import { appendFileSync } from 'node:fs';

const out = process.env['CHARTER_BENCH_RSS_FILE'];
if (out) process.on('exit', () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
