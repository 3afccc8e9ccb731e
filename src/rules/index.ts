import type { AnyRule } from './types.js';
import missionIsTagline from './mission-is-tagline.js';
import schemaViolation from './schema-violation.js';

/** Every built-in single-charter rule, in the order of rules.md §5.1. */
export const rules: readonly AnyRule[] = [schemaViolation, missionIsTagline];
