/* global process, console */
// Validates manifest.xml offline, in plain Node (the real office-addin-manifest is ESM-tainted and cannot run
// under jest):
//   1. office-addin-manifest parses it (the same reader `office-addin-debugging` uses to sideload);
//   2. xmllint checks it against the vendored XSDs in addin/schemas/ (skipped with a note if xmllint is absent).
// The online `office-addin-manifest validate` needs validationgateway.omex.office.net: run it before a release.
// Usage: node addin/scripts/validate-manifest.mjs [manifest.xml]
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import officeAddinManifest from 'office-addin-manifest';

const here = dirname(fileURLToPath(import.meta.url));
const manifestPath = resolve(process.argv[2] ?? join(here, '..', '..', 'manifest.xml'));
const schema = join(here, '..', 'schemas', 'OfficeAppManifestV1_1.xsd');
const failures = [];

const info = await officeAddinManifest.OfficeAddinManifest.readManifestFile(manifestPath);
const expect = (ok, what) => (ok ? console.log(`ok   ${what}`) : failures.push(what));
expect(/^[0-9a-f-]{36}$/i.test(info.id ?? ''), `Id is a GUID (${info.id})`);
expect(info.officeAppType === 'TaskPaneApp', `task-pane add-in (${info.officeAppType})`);
expect(info.hosts?.length === 1 && info.hosts[0] === 'Workbook', `host Workbook (${info.hosts})`);
expect(info.permissions === 'ReadWriteDocument', `permissions ReadWriteDocument (${info.permissions})`);
expect(/^https:\/\//.test(info.defaultSettings?.sourceLocation ?? ''), 'SourceLocation is HTTPS');
expect((info.displayName ?? '').includes('Thi đua'), `Vietnamese display name (${info.displayName})`);
expect((info.appDomains ?? []).length > 0, `app domains (${info.appDomains})`);

try {
  execFileSync('xmllint', ['--noout', '--schema', schema, manifestPath], { stdio: 'pipe' });
  console.log('ok   XSD (xmllint, addin/schemas/OfficeAppManifestV1_1.xsd)');
} catch (err) {
  if (err.code === 'ENOENT') console.log('skip XSD: xmllint not installed (apt-get install libxml2-utils)');
  else failures.push(`XSD: ${String(err.stderr ?? err.message).trim()}`);
}

if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
console.log(`${manifestPath} is valid`);
