/** Everything the CLI does to the outside world, so tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** Absolute, normalised path (to tell whether the output would overwrite the input). */
  resolve(path: string): string;
  now(): Date;
}

export class UsageError extends Error {}

/** A file that cannot be read or parsed: exit code 2. */
export class FileError extends Error {}
