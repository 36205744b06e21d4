import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { renderDossier } from '../../adapters/docx';
import { dossierRequest } from '../../src/dossier';

const ROOT = join(__dirname, '..', '..', '..');

function dossierOf(settings: Record<string, unknown> = {}) {
  const body = JSON.parse(readFileSync(join(ROOT, 'examples', 'phung-hiep-2023-xa.input.json'), 'utf8'));
  body.options = { ...body.options, dossier: { ...body.options?.dossier, ...settings } };
  const outcome = dossierRequest(body);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.dossier;
}

describe('the same request gives the same dossier, byte for byte', () => {
  it('rendered twice, more than a second apart: the same .zip', async () => {
    const first = await renderDossier(dossierOf());
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = await renderDossier(dossierOf());
    expect(Buffer.from(second.zip).equals(Buffer.from(first.zip))).toBe(true);
  });

  it('each .docx is stamped with the date the documents are signed, else the date the law is read at', async () => {
    const signed = await renderDossier(dossierOf({ date: '2024-01-10' }));
    const core = strFromU8(unzipSync(new Uint8Array(signed.files[0].data))['docProps/core.xml']);
    expect(core).toContain('>2024-01-10T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2024-01-10T00:00:00Z</dcterms:modified>');
    const unsigned = dossierOf();
    expect(unsigned.stampDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const files = unzipSync((await renderDossier(unsigned)).zip);
    expect(Object.keys(files).length).toBe(unsigned.documents.length);
  });
});
