import json from './json.js';
import stylish from './stylish.js';
import type { Formatter } from './types.js';

/** Output formats by name. */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json };

export type { Formatter, FormatContext, Summary } from './types.js';
export { summarize } from './types.js';
