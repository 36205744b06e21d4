import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { renderDossier } from '../../adapters/docx';
import { wordText } from '../../adapters/docx/render';
import { dossierRequest } from '../../src/dossier';

const ROOT = join(__dirname, '..', '..', '..');

describe('text Word cannot open is never written into a document', () => {
  it('drops U+FFFE, U+FFFF, lone surrogates and control characters, keeps Vietnamese and emoji', () => {
    expect(wordText('Xã\uffff Tân\ufffe Long\u0001\ud800 ✓😀\tà')).toBe('Xã Tân Long ✓😀\tà');
  });

  it('a unit named with U+FFFF: every document of the dossier is written without it', async () => {
    const body = JSON.parse(readFileSync(join(ROOT, 'examples', 'phung-hiep-2023-xa.input.json'), 'utf8'));
    body.units[0].name = 'Xã\uffffHòa An\ufffe';
    const outcome = dossierRequest(body);
    if (!outcome.ok) throw new Error(outcome.title);
    const rendered = await renderDossier(outcome.dossier);
    let named = 0;
    for (const file of rendered.files) {
      const xml = strFromU8(unzipSync(new Uint8Array(file.data))['word/document.xml']);
      expect(xml).not.toMatch(/[\ufffe\uffff]/);
      if (xml.includes('XãHòa An')) named++;
    }
    expect(named).toBeGreaterThan(0);
  });
});
