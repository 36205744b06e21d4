/** docx adapter: dossier documents (shared/src/dossier) in, .docx and .zip bytes out. No I/O; runs in the browser. */
export { renderDocx } from './render';
export { renderDossier, zipFiles, type RenderedDossier, type RenderedFile } from './zip';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ZIP_TYPE = 'application/zip';
