import type { BundleRelationship } from '../ingest/bundleSchema.js';
import type { Mention } from './mentions.js';

const roleNouns =
  'spokesperson|spokesman|spokeswoman|representative|head|chief|director|commander|officer|press secretary|adviser|advisor|member|deputy|lieutenant|captain|colonel|general|sergeant|major|pilot|analyst|official|researcher|correspondent';
const appositive = /^,\s+(?:a|an|the)\s+(?:former\s+|senior\s+|deputy\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:for|of|in|at|with|from)\s+(?:the\s+)?/;
const speaksFor = /^,\s+who\s+(?:speaks|spoke)\s+for\s+(?:the\s+)?/;
const orgThenRole = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,6}?(${roleNouns})\\s+$`, 'u');

/**
 * MEMBER_OF links stated plainly in a sentence: "X, a spokesman for Y", "X, a lieutenant in the
 * Y", "X, a representative of Y", "X, who speaks for Y" and "Y's spokesperson X" (Y an
 * organisation, X a person), each with its role and the sentence as evidence. Pure; never throws.
 */
export function memberships(text: string, mentions: Mention[], evidence: { start: number; end: number }): BundleRelationship[] {
  const found: BundleRelationship[] = [];
  const add = (from: string, to: string, role: string) => {
    if (!found.some((r) => r.from === from && r.to === to)) found.push({ from, type: 'MEMBER_OF', to, role, evidence });
  };
  for (const [index, mention] of mentions.entries()) {
    if (mention.type === 'Person') {
      const rest = text.slice(mention.end, evidence.end);
      const match = appositive.exec(rest) ?? speaksFor.exec(rest);
      if (match !== null) {
        const after = mention.end + match[0].length;
        const org = mentions.find((m) => m.type === 'Organization' && m.start >= after && m.start <= after + 60);
        const role = match[1] ?? 'spokesperson';
        if (org !== undefined && !/\b(who|which|that)\b/.test(role)) add(mention.entityId, org.entityId, role);
      }
    } else if (mention.type === 'Organization') {
      const person = mentions.slice(index + 1).find((m) => m.type === 'Person');
      if (person === undefined) continue;
      const between = text.slice(mention.end, person.start);
      const match = orgThenRole.exec(between);
      if (match !== null && match[1] !== undefined) add(person.entityId, mention.entityId, match[1]);
    }
  }
  return found;
}
