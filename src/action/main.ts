/** Entry point of the GitHub Action (bundled to action/dist/index.js by scripts/build.mjs). */
import { runAction } from './run.js';

process.exitCode = await runAction({ stdout: (t) => void process.stdout.write(t), env: process.env, cwd: process.cwd() });
