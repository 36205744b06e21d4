import './quiet-azure';

import { HttpResponse } from '@azure/functions';
import { strFromU8, unzipSync } from 'fflate';

import { dossier } from '../src/functions/dossier';
import { openapi } from '../src/functions/openapi';
import {
  expectProblem,
  getRequest,
  jsonRequest,
  readResponse,
  sampleBody,
  testContext,
  useEnv,
} from './helpers';

let restoreEnv: () => void;
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

async function post(body: unknown) {
  const { context } = testContext('dossier');
  return dossier(jsonRequest('dossier', JSON.stringify(body)), context);
}

describe('POST /api/dossier', () => {
  it('answers a .zip of the dossier documents, each a Word file with the settings written in', async () => {
    const body = {
      ...sampleBody('xa'),
      options: {
        dossier: { issuer: 'Phòng Văn hóa và Thông tin', signerName: 'Nguyễn Văn An', number: '12' },
        // the council counts Xã Hiệp Hưng's missing values as 0, so the places it held are final
        councilDecisions: [
          {
            kind: 'missing',
            unit: 'xa-hiep-hung',
            rule: 'zero',
            date: '2024-01-03',
            recordedBy: 'Thư ký Hội đồng',
            reason: 'Xã không bổ sung số liệu trước hạn họp xét',
          },
        ],
      },
    };
    const init = await post(body);
    expect(init.status).toBe(200);
    const response = new HttpResponse(init);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="ho-so-khen-thuong-phung-hiep-2023-xa.zip"',
    );
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries)).toEqual([
      '01-to-trinh.docx',
      '02-danh-sach-01-giai-thuong-phong-trao-thi-dua.docx',
      '02-danh-sach-ca-nhan.docx',
      '03-bien-ban-hop-hoi-dong.docx',
      '04-du-thao-quyet-dinh.docx',
    ]);
    expect(response.headers.get('x-dossier-documents')).toBe('5');
    const proposal = unzipSync(entries['01-to-trinh.docx']);
    const xml = strFromU8(proposal['word/document.xml']);
    for (const text of ['PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Nguyễn Văn An', '12', 'TỜ TRÌNH', '24.000.000 đồng'])
      expect([text, xml.includes(text)]).toEqual([text, true]);
    // A4 portrait with the NĐ 30 margins: 30 mm left, 15 mm right, 20 mm top and bottom (twips).
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:left="1701"/);
    expect(xml).toMatch(/w:right="850"/);
  });

  it('answers problem+json for bad dossier settings, an unknown plan, or a bad body — never a zip', async () => {
    const bad = await readResponse(
      await post({ ...sampleBody('xa'), options: { dossier: { date: '05/01/2024' } } }),
    );
    expectProblem(bad, 400);
    expect(bad.json.problems[0].path).toBe('options.dossier.date');
    expectProblem(await readResponse(await post({ ...sampleBody('xa'), plan: 'khong-co' })), 404);
    expectProblem(await readResponse(await post({ plan: 'phung-hiep-2023-xa' })), 400);
  });

  it('is in the OpenAPI document: the /score body with options.dossier, answered as application/zip', async () => {
    const { context } = testContext('openapi');
    const res = await readResponse(await openapi(getRequest('openapi.json'), context));
    const op = res.json.paths['/api/dossier'].post;
    expect(op.responses['200'].content['application/zip'].schema).toEqual({
      type: 'string',
      format: 'binary',
    });
    expect(op.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/DossierRequest',
    );
    const options = res.json.components.schemas.DossierRequest.properties.options;
    expect(Object.keys(options.properties)).toEqual(expect.arrayContaining(['lang', 'dossier']));
  });
});

describe('POST /api/dossier honours the request limits the settings set', () => {
  it('THIDUA_MAX_CELLS: a request over the cell budget is a 413 before any document is drafted', async () => {
    restoreEnv();
    restoreEnv = useEnv({ maxCells: '10' });
    const init = await post(sampleBody('xa'));
    expect(init.status).toBe(413);
    const { json } = await readResponse(init);
    expect((json as { problems: { message: string }[] }).problems[0].message).toMatch(/\b10\b/);
  });
});
