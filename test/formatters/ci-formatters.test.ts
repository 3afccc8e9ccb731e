/**
 * The CI formats: golden files, and each output checked by what consumes it: SARIF against the
 * OASIS schema (draft-04, ajv-draft-04), JUnit parsed back with an XML parser, github lines
 * against the workflow-command grammar.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { formatters } from '../../src/formatters/index.js';
import { ruleInfos } from '../../src/rules/support/info.js';
import { docsUrl } from '../../src/rules/support/docs.js';
import { fingerprint, toUri } from '../../src/formatters/sarif.js';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import type { FileResult } from '../../src/model/types.js';
import { finding } from '../helpers/findings.js';
import { SARIF_SCHEMA, sarifValidator } from '../helpers/sarif-schema.js';

const validateSarif = sarifValidator();

const RESULTS: FileResult[] = [
  {
    file: 'charters/csm.yaml',
    findings: [
      finding({ ruleId: 'schema-violation', severity: 'error', message: 'meta.version must be text, got the number 3' }),
      finding({
        ruleId: 'mission-is-tagline',
        severity: 'warning',
        message: 'mission reads like a tagline: "Win, always!" <100% & more>',
        path: ['statement', 'mission'],
        range: { start: { line: 41, column: 12 }, end: { line: 41, column: 50 } },
      }),
      finding({
        ruleId: 'metric-orphaned',
        severity: 'info',
        message: "metric 'nps' is not used by any objective",
        path: ['metrics', 7],
        range: { start: { line: 120, column: 5 }, end: { line: 131, column: 1 } },
      }),
    ],
  },
  {
    file: 'charters/weird, name:1.yaml',
    findings: [
      finding({
        ruleId: 'cross-process-conflict',
        severity: 'error',
        message: "'onboarding' is owned by 'cs-team' here\nand by 'onboarding' in onboarding.yaml",
        file: 'charters/weird, name:1.yaml',
        path: ['swim_lanes', 0],
      }),
    ],
  },
  { file: 'charters/support.yaml', findings: [] },
];

const ctx = { asOf: '2026-11-22', color: false, rules: ruleInfos(), version: '0.1.0' };

describe('sarif', () => {
  const out = formatters['sarif']!(RESULTS, ctx);
  const log = JSON.parse(out);

  it('matches its golden file', async () => {
    await expect(out).toMatchFileSnapshot('__snapshots__/sarif.json');
  });

  if (validateSarif) {
    it('validates against the OASIS SARIF 2.1.0 schema (draft-04)', () => {
      const r = validateSarif(log);
      expect(r.valid, r.errors).toBe(true);
      // The check can fail: a result without a message is rejected.
      const broken = structuredClone(log);
      delete broken.runs[0].results[0].message;
      expect(validateSarif(broken).valid).toBe(false);
    });
  } else {
    it('skips the schema check: the SARIF schema is absent', () => {
      console.warn(`SARIF schema check skipped: ${SARIF_SCHEMA} not found`);
      expect(validateSarif).toBeUndefined();
    });
  }

  it('lists every rule in the driver with its description, help URI and default level', () => {
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string; defaultConfiguration: { level: string } }>;
    expect(rules.map((r) => r.id)).toEqual(ruleInfos().map((r) => r.id));
    expect(rules.find((r) => r.id === 'metric-orphaned')).toMatchObject({ helpUri: docsUrl('metric-orphaned'), defaultConfiguration: { level: 'note' } });
    for (const r of log.runs[0].results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('gives each result a physical location and a fingerprint that ignores line moves', () => {
    expect(log.runs[0].results).toHaveLength(4);
    expect(log.runs[0].results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'charters/csm.yaml' },
      region: { startLine: 41, startColumn: 12, endLine: 41, endColumn: 50 },
    });
    const f = RESULTS[0]!.findings[1]!;
    const moved = { ...f, range: { start: { line: 90, column: 1 }, end: { line: 90, column: 4 } } };
    expect(fingerprint(moved)).toBe(fingerprint(f));
    expect(fingerprint({ ...f, path: ['statement', 'vision'] })).not.toBe(fingerprint(f));
  });

  it('writes paths as URI references', () => {
    expect(toUri('charters/weird, name:1.yaml')).toBe('charters/weird,%20name:1.yaml');
    expect(toUri('/abs/a b.yaml')).toBe('file:///abs/a%20b.yaml');
    expect(toUri('..\\x\\c#1.yaml')).toBe('../x/c%231.yaml');
  });
});

describe('junit', () => {
  const out = formatters['junit']!(RESULTS, ctx);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(out);

  it('matches its golden file', async () => {
    await expect(out).toMatchFileSnapshot('__snapshots__/junit.xml');
  });

  it('parses back: one testsuite per file, one testcase per rule that ran, failures carry the findings', () => {
    const suites = parsed.testsuites.testsuite as Array<{ name: string; tests: string; failures: string; testcase: Array<Record<string, any>> }>;
    expect(suites.map((s) => s.name)).toEqual(['charters/csm.yaml', 'charters/weird, name:1.yaml', 'charters/support.yaml']);
    const ran = ruleInfos().filter((r) => r.scope !== 'core').length;
    for (const s of suites) {
      expect(s.testcase).toHaveLength(ran);
      expect(Number(s.tests)).toBe(ran);
    }
    const csm = suites[0]!.testcase;
    const failing = csm.filter((t) => t['failure'] !== undefined);
    expect(failing.map((t) => t['name'])).toEqual(['schema-violation', 'mission-is-tagline']);
    expect(failing[1]!['failure']).toMatchObject({ type: 'warning', message: 'mission reads like a tagline: "Win, always!" <100% & more>' });
    expect(failing[1]!['failure']['#text']).toContain(`charters/csm.yaml:41:12 warning`);
    const cross = suites[1]!.testcase.find((t) => t["name"] === "cross-process-conflict")!;
    expect(cross["failure"]["message"]).toBe("'onboarding' is owned by 'cs-team' here\nand by 'onboarding' in onboarding.yaml");
    expect(failing[1]!['failure']['#text']).toContain(docsUrl('mission-is-tagline'));
    const info = csm.find((t) => t['name'] === 'metric-orphaned')!;
    expect(info['failure']).toBeUndefined();
    expect(info['system-out']).toContain("metric 'nps' is not used");
    expect(Number(parsed.testsuites.failures)).toBe(3);
    expect(Number(parsed.testsuites.tests)).toBe(3 * ran);
    expect(Number(suites[2]!.failures)).toBe(0);
  });

  it('a file that could not be parsed has only its syntax test case', () => {
    const bad: FileResult[] = [{ file: 'bad.yaml', findings: [finding({ ruleId: 'yaml-syntax', severity: 'error', message: 'bad', file: 'bad.yaml' })] }];
    const p = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(formatters['junit']!(bad, ctx));
    expect(p.testsuites.testsuite.testcase.name).toBe('yaml-syntax');
  });
});

describe('github', () => {
  const out = formatters['github']!(RESULTS, ctx);
  const lines = out.trimEnd().split('\n');

  it('matches its golden file', async () => {
    await expect(out).toMatchFileSnapshot('__snapshots__/github.txt');
  });

  it('writes one workflow command per finding, matching the grammar, then a summary line', () => {
    const grammar =
      /^::(error|warning|notice) file=[^,:%\n]*(?:%[0-9A-F]{2}[^,:%\n]*)*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\r\n]*$/;
    expect(lines).toHaveLength(5);
    for (const l of lines.slice(0, 4)) expect(l).toMatch(grammar);
    expect(lines.slice(0, 4).map((l) => l.slice(2, l.indexOf(' ')))).toEqual(['error', 'warning', 'notice', 'error']);
    expect(lines[3]).toContain('file=charters/weird%2C name%3A1.yaml,');
    expect(lines[3]).toContain("here%0Aand by");
    expect(lines[0]).toContain(`%0A${docsUrl('schema-violation')}`);
    expect(lines[4]).toBe('charter: 3 charters checked: 2 errors, 1 warnings, 1 infos');
  });

  it('escapes as the runner expects', () => {
    expect(escapeData('100%\r\nx')).toBe('100%25%0D%0Ax');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});
