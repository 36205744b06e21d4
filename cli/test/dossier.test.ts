import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { writeSettings } from '@thidua/core/adapters/exceljs';
import { DOSSIER_SETTING_KEY } from '@thidua/core/dossier';
import { runCli } from '../src/run';
import { EXAMPLES, captureIo, run, tempDir } from './helpers';

/** The node I/O of the CLI, with the folder creation `thidua dossier` needs. */
async function dossier(argv: string[]) {
  const io = Object.assign(captureIo(), {
    mkdir: async (path: string) => {
      await fs.mkdir(path, { recursive: true });
    },
  });
  const code = await runCli(['dossier', ...argv], io);
  return { code, out: io.out, err: io.err };
}

const documentXml = async (path: string) =>
  strFromU8(unzipSync(await fs.readFile(path))['word/document.xml']);

describe('thidua dossier', () => {
  const dir = tempDir();

  it('writes the .docx files and their .zip from a workbook, settings from a file filling the blanks', async () => {
    const settings = join(dir, 'ho-so.json');
    await fs.writeFile(
      settings,
      JSON.stringify({
        issuer: 'Phòng Văn hóa và Thông tin',
        signerName: 'Nguyễn Văn An',
        place: 'Phụng Hiệp',
      }),
    );
    // The council decided Xã Hiệp Hưng's missing and unreadable values count 0: the places it held are final.
    const decisions = join(dir, 'quyet-dinh.json');
    await fs.writeFile(
      decisions,
      JSON.stringify([
        {
          kind: 'missing',
          unit: 'Xã Hiệp Hưng',
          rule: 'zero',
          date: '2024-01-03',
          recordedBy: 'Thư ký Hội đồng',
          reason: 'Xã không bổ sung số liệu trước hạn họp xét',
        },
      ]),
    );
    const out = join(dir, 'xa');
    const res = await dossier([
      '--plan',
      'phung-hiep-2023-xa',
      join(EXAMPLES, 'phung-hiep-2023-xa.xlsx'),
      '-o',
      out,
      '--settings',
      settings,
      '--decisions',
      decisions,
    ]);
    expect(res.code).toBe(0);
    expect(res.out).toContain('Đã ghi hồ sơ vào');
    expect(res.out).toContain(
      '4 đề nghị khen thưởng, tổng tiền thưởng 24.000.000 đồng; 3 trường hợp chờ Hội đồng quyết định.',
    );
    const files = (await fs.readdir(out)).sort();
    expect(files).toEqual([
      '01-to-trinh.docx',
      '02-danh-sach-01-giai-thuong-phong-trao-thi-dua.docx',
      '02-danh-sach-ca-nhan.docx',
      '03-bien-ban-hop-hoi-dong.docx',
      '04-du-thao-quyet-dinh.docx',
      'ho-so-khen-thuong-phung-hiep-2023-xa.zip',
    ]);
    const zipped = unzipSync(await fs.readFile(join(out, 'ho-so-khen-thuong-phung-hiep-2023-xa.zip')));
    expect(Object.keys(zipped).sort()).toEqual(files.filter((f) => f.endsWith('.docx')));
    const xml = await documentXml(join(out, '01-to-trinh.docx'));
    for (const text of ['PHÒNG VĂN HÓA VÀ THÔNG TIN', 'Nguyễn Văn An', '>Phụng Hiệp<'])
      expect([text, xml.includes(text)]).toEqual([text, true]);
    expect(await documentXml(join(out, '02-danh-sach-01-giai-thuong-phong-trao-thi-dua.docx'))).toContain(
      'Thị trấn Cây Dương',
    );
    // The biên bản records the council's decision with its reason.
    const minutes = await documentXml(join(out, '03-bien-ban-hop-hoi-dong.docx'));
    expect(minutes).toContain('Xã không bổ sung số liệu trước hạn họp xét');
  });

  it('reads the settings stored in the workbook by the pane; a JSON input carries them in options.dossier', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(EXAMPLES, 'kien-giang-sxd-609-cchc.xlsx'));
    writeSettings(wb, { [DOSSIER_SETTING_KEY]: JSON.stringify({ signerName: 'Lê Thị Bình' }) });
    const input = join(dir, '609.xlsx');
    await wb.xlsx.writeFile(input);
    const res = await dossier(['--plan', 'kien-giang-sxd-609-cchc', input, '-o', join(dir, '609')]);
    expect(res.code).toBe(0);
    // The plan asks for achievement reports: one per proposed unit (4: Nguyễn Văn A2 waits, for the quota of its
    // collective shared with an individual whose collective cannot be followed).
    expect((await fs.readdir(join(dir, '609'))).filter((f) => f.startsWith('05-bao-cao')).sort()).toEqual([
      '05-bao-cao-thanh-tich-01-van-phong-so-co-thi-dua.docx',
      '05-bao-cao-thanh-tich-02-phong-ha-tang-ky-thuat-4-nam-xuat-sac.docx',
      '05-bao-cao-thanh-tich-03-nguyen-van-a1.docx',
      '05-bao-cao-thanh-tich-04-tran-van-c1.docx',
    ]);
    expect(await documentXml(join(dir, '609', '01-to-trinh.docx'))).toContain('Lê Thị Bình');

    const body = JSON.parse(await fs.readFile(join(EXAMPLES, 'kien-giang-243-2025.input.json'), 'utf8'));
    const json = join(dir, '243.json');
    await fs.writeFile(
      json,
      JSON.stringify({ ...body, options: { ...body.options, dossier: { number: '77' } } }),
    );
    const fromJson = await dossier([json, '-o', join(dir, '243')]);
    expect(fromJson.code).toBe(0);
    expect(await documentXml(join(dir, '243', '01-to-trinh.docx'))).toContain('>77<');
  });

  it('exits 1 naming the bad setting, 2 without an input; never a stack trace', async () => {
    const bad = join(dir, 'bad.json');
    await fs.writeFile(bad, JSON.stringify({ date: '05/01/2024' }));
    const res = await dossier([
      '--plan',
      'phung-hiep-2023-xa',
      join(EXAMPLES, 'phung-hiep-2023-xa.input.json'),
      '-o',
      join(dir, 'bad'),
      '--settings',
      bad,
    ]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('Thông tin hồ sơ không hợp lệ');
    expect(res.err).toContain(`${bad}.date`);
    const none = await run(['dossier', '--plan', 'phung-hiep-2023-xa']);
    expect(none.code).toBe(2);
    expect(none.err).not.toMatch(/\n\s+at /);
    expect((await run(['--help'])).out).toContain('thidua dossier --plan');
  });
});

describe('thidua dossier scores the sheet as `score` does', () => {
  const dir = tempDir();

  it('an unformatted column of fractions (0,95 — 95% or 0,95%?) holds the awards in the dossier too', async () => {
    const workbook = join(EXAMPLES, 'corpus', 'kg243-04-xa-tong-dat-ty-le-phan-so.xlsx');
    const res = await dossier(['--plan', 'kien-giang-243-2023', workbook, '-o', join(dir, 'kg')]);
    expect(res.code).toBe(0);
    expect(res.out).toContain(
      '0 đề nghị khen thưởng, tổng tiền thưởng 0 đồng; 5 trường hợp chờ Hội đồng quyết định.',
    );
  });
});
