import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every temporary folder a test makes comes from here, and is removed after its test file
// (`afterAll` in test/setup.ts); test/global-temp.ts checks that a run leaves nothing behind.
const made: string[] = [];

/** A fresh, empty folder in the system temp folder, removed after the test file. */
export function tempDir(prefix = 'charter-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders `tempDir` made (test/setup.ts runs it after every test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
