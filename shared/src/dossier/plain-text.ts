import type { Block, DossierDocument, Run, Signature } from './model';
import { MOTTO, NATIONAL_NAME } from './text';

const line = (runs: Run[]) => runs.map((r) => r.text).join('');

function blockText(block: Block): string[] {
  if (block.kind === 'paragraph') return [line(block.runs)];
  return [
    block.columns.map((c) => c.header).join(' | '),
    ...block.rows.map((row) => row.map((c) => line(c.runs)).join(' | ')),
  ];
}

function signatureText(s: Signature): string[] {
  return [...(s.authority ? [line(s.authority)] : []), line(s.title), line(s.name)];
}

/** A document's words in reading order, one paragraph or table row a line: for tests, logs and search. */
export function documentText(doc: DossierDocument): string {
  const h = doc.header;
  return [
    ...(doc.draft ? ['DỰ THẢO'] : []),
    ...(h.superior ? [line(h.superior)] : []),
    line(h.issuer),
    ...(h.numberLine ? [line(h.numberLine)] : []),
    NATIONAL_NAME,
    MOTTO,
    line(h.placeDate),
    doc.title,
    ...doc.subtitle,
    ...(doc.addressee ? [line(doc.addressee)] : []),
    ...doc.body.flatMap(blockText),
    ...doc.signatures.flatMap(signatureText),
    ...(doc.recipients ? ['Nơi nhận:', ...doc.recipients.map((r) => `- ${r}`)] : []),
  ].join('\n');
}
