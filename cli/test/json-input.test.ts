import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';

describe('a JSON request or plan file with a key written twice', () => {
  const dir = tempDir();

  it('is refused, naming the key and where it is, instead of keeping the last value silently', async () => {
    const text = await fs.readFile(join(EXAMPLES, `${XA}.input.json`), 'utf8');
    // the first unit's tc01 written twice, "Có" then "Không"
    const twice = text.replace(/"tc01":\s*("[^"]*"|[^,}]+)/, '"tc01": "Có", "tc01": "Không"');
    expect(twice).not.toBe(text);
    const file = join(dir, 'trung-khoa.json');
    await fs.writeFile(file, twice);
    const res = await run(['score', '--plan', XA, file]);
    expect(res.code).toBe(2);
    expect(res.err).toContain(`Tệp "${file}": Khóa "tc01" được viết hai lần trong units[0].values`);
    const en = await run(['score', '--plan', XA, file, '--lang', 'en']);
    expect(en.err).toContain('The key "tc01" is written twice in units[0].values');
  });

  it('a plan file too', async () => {
    const file = join(dir, 'ke-hoach.json');
    await fs.writeFile(file, '{"id": "a", "id": "b"}');
    const res = await run(['score', '--plan', file, join(EXAMPLES, `${XA}.input.json`)]);
    expect(res.code).toBe(2);
    expect(res.err).toContain(
      'Khóa "id" được viết hai lần trong đối tượng gốc (lần thứ hai ở dòng 1, cột 13)',
    );
  });
});
