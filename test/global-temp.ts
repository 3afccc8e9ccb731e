import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: the whole run gets a temp folder of its own (TMPDIR, which the test
 * workers, the CLIs they start and os.tmpdir() all follow), so a folder a test forgot to remove
 * shows up here even when other programs use the system temp folder at the same time. At the end
 * the run fails if anything but Node's compile cache (written by the CLI itself) is left in it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'charter-tests-'));
  chmodSync(root, 0o755); // the bad-input tests run the CLI as another user in a folder below it
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    const left = readdirSync(root).filter((name) => name !== 'node-compile-cache');
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    if (left.length === 0) {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
      return;
    }
    // Kept for a look (a failing test may have put what it saw there). An error thrown here is
    // printed but does not fail the run; the exit code does.
    console.error(`\nThe test run left ${left.length} entries in ${root} (${left.slice(0, 10).join(', ')}${left.length > 10 ? ', …' : ''}): make temporary folders with tempDir() from test/helpers/temp.ts, which removes them.`);
    process.exitCode = 1;
  };
}
