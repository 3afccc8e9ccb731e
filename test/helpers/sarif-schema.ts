import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04Module from 'ajv-draft-04';
import formatsModule from 'ajv-formats';

// CommonJS packages: under NodeNext the default import is module.exports.
const Ajv = AjvDraft04Module.default;
const addFormats = formatsModule.default;

/** The OASIS SARIF 2.1.0 schema (draft-04), kept beside the repository in ../shared. */
export const SARIF_SCHEMA = fileURLToPath(new URL('../../../shared/schemas-external/sarif-schema-2.1.0.json', import.meta.url));

/** A validator for SARIF logs, or undefined when the schema file is absent. */
export function sarifValidator(): ((log: unknown) => { valid: boolean; errors: string }) | undefined {
  if (!existsSync(SARIF_SCHEMA)) return undefined;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
  return (log) => ({ valid: validate(log) === true, errors: JSON.stringify(validate.errors ?? [], null, 2) });
}
