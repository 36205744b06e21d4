import { zipSync } from 'fflate';
import type { Dossier } from '../../src/dossier/model';
import { renderDocx } from './render';

export interface RenderedFile {
  /** "01-to-trinh.docx" */
  name: string;
  label: string;
  data: Uint8Array;
}

export interface RenderedDossier {
  files: RenderedFile[];
  /** "ho-so-khen-thuong-<plan>.zip" */
  zipName: string;
  zip: Uint8Array;
}

/** Every file in one .zip (fflate: small, no Node APIs, in the browser too), stored under their ASCII names. */
export function zipFiles(files: { name: string; data: Uint8Array }[], mtime: Date = new Date()): Uint8Array {
  // .docx files are zips already: storing them again (level 0) costs nothing and saves time.
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [f.data, { level: 0 }]])), { mtime });
}

/**
 * All documents of a dossier as .docx, and the .zip of them all, stamped `now` (default: the dossier's stamp date,
 * so the same request gives the same bytes).
 */
export async function renderDossier(
  dossier: Dossier,
  options: { now?: Date } = {},
): Promise<RenderedDossier> {
  const when = options.now ?? new Date(`${dossier.stampDate}T00:00:00Z`);
  const files: RenderedFile[] = [];
  for (const doc of dossier.documents)
    files.push({ name: `${doc.fileName}.docx`, label: doc.label, data: await renderDocx(doc, when) });
  return { files, zipName: `${dossier.zipName}.zip`, zip: zipFiles(files, when) };
}
