#!/usr/bin/env node
import module from 'node:module';

// Node >= 22.8 keeps the code it compiles from the bundle in a cache on disk (in the system temp
// folder), so later runs skip most of the compiling; Node 20 has no such cache and runs without.
module.enableCompileCache?.();
await import('../dist/cli.js');
