/** Severity of a finding, in decreasing order of weight. */
export type Severity = 'error' | 'warning' | 'info';

/** One step of a path into the charter: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A 1-based range in the source file, end inclusive of the last character's column + 1. */
export interface Range {
  start: Position;
  end: Position;
}

/** A problem found in a charter. */
export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  /** Where the problem is, as keys and indices from the document root. */
  path: PathSegment[];
  range: Range;
  file: string;
}

/** The findings of one file. */
export interface FileResult {
  file: string;
  findings: Finding[];
}
