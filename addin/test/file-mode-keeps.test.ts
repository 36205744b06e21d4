/**
 * File mode saves the official's workbook as the CLI writes its copy: what ExcelJS reads past in the opened file (a
 * defined name holding a formula, here the list a drop-down uses) is in the saved bytes after scoring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openXlsx } from '../src/adapters/file';
import { detect, loadBuiltIn, runScoring } from '../src/workflow';
import { OFFLINE_API } from './offline';

const NAME = `<definedName name="DanhSachXa">OFFSET('Tổng hợp điểm'!$B$9,0,0,16,1)</definedName>`;

function withDefinedName(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['xl/workbook.xml']);
  files['xl/workbook.xml'] = strToU8(
    xml.includes('<definedNames>')
      ? xml.replace('<definedNames>', `<definedNames>${NAME}`)
      : xml.replace('</sheets>', `</sheets><definedNames>${NAME}</definedNames>`),
  );
  return zipSync(files);
}

it('keeps a defined name with a formula through scoring and saving', async () => {
  const source = readFileSync(join(__dirname, '..', '..', 'examples', 'phung-hiep-2023-xa.xlsx'));
  const bytes = withDefinedName(new Uint8Array(source));
  const host = await openXlsx(bytes.slice().buffer, 'xa.xlsx');
  const loaded = loadBuiltIn('phung-hiep-2023-xa');
  if (!loaded.ok) throw new Error('plan');
  const found = await detect(host, loaded.loaded.plan);
  if (!found) throw new Error('no table');
  await runScoring(host, {
    loaded: loaded.loaded,
    mapping: found.mapping,
    lang: 'vi',
    api: OFFLINE_API,
    now: new Date(Date.UTC(2024, 0, 5)),
  });
  const saved = strFromU8(unzipSync(await host.save!())['xl/workbook.xml']);
  expect(saved).toContain('OFFSET(');
  expect(saved.match(/name="DanhSachXa"/g)).toHaveLength(1);
});
