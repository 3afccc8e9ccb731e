import { DIGEST_PATTERN, charterDigest } from '../digest.js';
import { sameVersion } from '../signatures.js';
import { defineRule } from './support/types.js';
import { isRecord, isoDate, records, text } from '../model/read.js';


export default defineRule({
  id: 'signature-stale',
  meta: {
    description: 'Collect signatures again after the charter changes: each must be for the current version and content.',
    tags: ['signatures', 'governance'],
    severity: 'warning',
    sources: ['S2 VI', 'S4'],
    messages: {
      stale: 'the signature of {{name}} is out of date: {{reasons}}. Ask them to review the current version and sign again',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const meta: Record<string, unknown> = isRecord(data['meta']) ? data['meta'] : {};
    const rawVersion = meta['version'];
    const version = text(rawVersion);
    let latestRevision: string | undefined;
    for (const { item } of records(meta['revision_history'])) {
      const d = isoDate(item['date']);
      if (d !== undefined && (latestRevision === undefined || d > latestRevision)) latestRevision = d;
    }
    let digest: string | null | undefined;
    const currentDigest = (): string | null => {
      if (digest === undefined) {
        try {
          digest = charterDigest(data);
        } catch {
          digest = null;
        }
      }
      return digest;
    };
    for (const { item, index } of records(data['signatures'])) {
      const reasons: string[] = [];
      const signedVersion = text(item['version']);
      if (signedVersion !== undefined && version !== undefined && !sameVersion(item['version'], rawVersion)) {
        reasons.push(`signed version ${signedVersion}, but the charter is now version ${version}`);
      }
      const date = isoDate(item['date']);
      if (date !== undefined && latestRevision !== undefined && date < latestRevision) {
        reasons.push(`signed on ${date}, before the latest revision on ${latestRevision}`);
      }
      const signedDigest = text(item['digest']);
      if (signedDigest !== undefined) {
        const current = currentDigest();
        if (!DIGEST_PATTERN.test(signedDigest)) {
          reasons.push(`its digest '${signedDigest.length > 20 ? signedDigest.slice(0, 19) + '…' : signedDigest}' is not of the form sha256:<hex>`);
        } else if (current !== null && signedDigest.toLowerCase() !== current) {
          reasons.push('the charter content has changed since it was signed (digest mismatch)');
        }
      }
      if (reasons.length > 0) {
        const name = text(item['name']) ?? `#${index + 1} (no name)`;
        report({ messageId: 'stale', data: { name, reasons: reasons.join('; ') }, path: ['signatures', index] });
      }
    }
  },
});
