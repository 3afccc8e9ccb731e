// Loaded with --import (and --expose-gc) into the language server by bench/lsp.mjs: on SIGUSR2,
// collects garbage and writes the resident set size (bytes) and the peak so far (KiB) to
// CHARTER_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env['CHARTER_BENCH_RSS_FILE'];
if (out) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    globalThis.gc?.();
    writeFileSync(out, `${process.memoryUsage().rss} ${process.resourceUsage().maxRSS}\n`);
  });
}
