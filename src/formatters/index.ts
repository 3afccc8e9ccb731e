import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { Formatter } from './types.js';

/** Output formats by name. */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github };

export type { Formatter, FormatContext, Summary } from './types.js';
export { summarize } from './types.js';
