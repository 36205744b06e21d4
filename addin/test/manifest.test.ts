/**
 * manifest.xml, structurally (our own rules), plus the real validator script run in plain Node: the
 * office-addin-manifest parser and xmllint against the vendored XSDs (addin/schemas/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStringPromise } from 'xml2js';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');

type Node = Record<string, unknown> & { $?: Record<string, string> };
const first = (n: unknown, key: string): Node => ((n as Record<string, Node[]>)[key] ?? [])[0];
const all = (n: unknown, key: string): Node[] => (n as Record<string, Node[]>)[key] ?? [];

async function manifest(): Promise<Node> {
  return (await parseStringPromise(readFileSync(MANIFEST, 'utf8'))).OfficeApp as Node;
}

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

describe('manifest.xml', () => {
  it('is an Excel task-pane add-in with a GUID, Vietnamese names, an en-US override and HTTPS URLs', async () => {
    const app = await manifest();
    expect(app.$?.['xsi:type']).toBe('TaskPaneApp');
    expect(String(all(app, 'Id')[0])).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(String(all(app, 'DefaultLocale')[0])).toBe('vi-VN');
    const name = first(app, 'DisplayName');
    expect(name.$?.DefaultValue).toMatch(/Thi đua/);
    expect(name.$!.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(first(name, 'Override').$).toMatchObject({ Locale: 'en-US' });
    const description = first(app, 'Description');
    expect(description.$!.DefaultValue.length).toBeLessThanOrEqual(250);
    expect(first(description, 'Override').$?.Locale).toBe('en-US');
    expect(all(first(app, 'Hosts'), 'Host').map((h) => h.$?.Name)).toEqual(['Workbook']);
    expect(String(all(app, 'Permissions')[0])).toBe('ReadWriteDocument');
    const sets = all(first(first(app, 'Requirements'), 'Sets'), 'Set').map((s) => s.$);
    expect(sets).toEqual([{ Name: 'ExcelApi', MinVersion: '1.7' }]);
    const urls = readFileSync(MANIFEST, 'utf8').match(/(?:DefaultValue|Value)="(https?:[^"]+)"/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/"https:\/\//);
    expect(all(first(app, 'AppDomains'), 'AppDomain').map(String)).toContain('https://localhost:3000');
  });

  it('has a Home-tab button that opens the pane, and every resource id it uses resolves', async () => {
    const app = await manifest();
    const overrides = first(app, 'VersionOverrides');
    const host = first(first(overrides, 'Hosts'), 'Host');
    const surface = first(first(host, 'DesktopFormFactor'), 'ExtensionPoint');
    expect(surface.$?.['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = first(surface, 'OfficeTab');
    expect(tab.$?.id).toBe('TabHome');
    const control = first(first(tab, 'Group'), 'Control');
    expect(first(control, 'Action').$?.['xsi:type']).toBe('ShowTaskpane');

    const xml = readFileSync(MANIFEST, 'utf8');
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const resources = first(overrides, 'Resources');
    const defined = new Set(
      ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((group) =>
        all(
          first(resources, group),
          group === 'bt:Images' ? 'bt:Image' : group === 'bt:Urls' ? 'bt:Url' : 'bt:String',
        ).map((r) => r.$?.id),
      ),
    );
    for (const id of used) expect([id, defined.has(id)]).toEqual([id, true]);
    for (const s of [...all(first(resources, 'bt:ShortStrings'), 'bt:String')]) {
      expect(s.$!.DefaultValue.length).toBeLessThanOrEqual(125);
      expect(first(s, 'bt:Override').$?.Locale).toBe('en-US');
    }
    for (const s of all(first(resources, 'bt:LongStrings'), 'bt:String'))
      expect(s.$!.DefaultValue.length).toBeLessThanOrEqual(250);
    const icons = all(first(resources, 'bt:Images'), 'bt:Image').map((i) => i.$?.DefaultValue);
    for (const size of [16, 32, 80])
      expect(icons).toContain(`https://localhost:3000/assets/icon-${size}.png`);
  });

  it('passes the real validator (office-addin-manifest parser + XSD)', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'addin', 'scripts', 'validate-manifest.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/is valid/);
    if (hasXmllint()) expect(out).toMatch(/ok {3}XSD/);
  });

  it('the validator rejects a broken manifest', () => {
    const broken = join(ROOT, 'test-results', 'manifest-broken.xml');
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(
      broken,
      readFileSync(MANIFEST, 'utf8').replace(
        '<Permissions>ReadWriteDocument</Permissions>',
        '<Permissions>SuperUser</Permissions>',
      ),
    );
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'addin', 'scripts', 'validate-manifest.mjs'), broken],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/FAIL permissions ReadWriteDocument/);
    if (hasXmllint()) expect(run.stderr).toMatch(/SuperUser/);
  });
});
