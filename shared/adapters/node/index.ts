/**
 * What Node gives the core: its native SHA-256 (OpenSSL) for the input hash of every answer. The API, the CLI and
 * the local host call useNodeCrypto() once at start; the task pane keeps the core's own.
 */
import { createHash } from 'node:crypto';
import { useSha256 } from '../../src/plan/digest';

export function useNodeCrypto(): void {
  useSha256((bytes) => createHash('sha256').update(bytes).digest('hex'));
}
