/** Everything the CLI does to the outside world, so tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** Creates a folder and its parents (no error when it exists); `thidua dossier` writes into one. */
  mkdir?(path: string): Promise<void>;
  /** Absolute, normalised path. */
  resolve(path: string): string;
  /**
   * The file itself behind a path (symlinks and symlinked folders followed): its real path and its device and
   * inode, so a hard link is recognised too; undefined when nothing exists there. Tells whether an output path
   * would overwrite the input whatever its spelling.
   */
  identity(path: string): Promise<FileIdentity | undefined>;
  now(): Date;
}

export interface FileIdentity {
  realPath: string;
  dev: number;
  ino: number;
  /** A folder, not a file. */
  folder?: boolean;
}

/** Whether two paths name the same file: same spelling, same real path, or same device and inode. */
export async function sameFile(io: CliIo, a: string, b: string): Promise<boolean> {
  if (io.resolve(a) === io.resolve(b)) return true;
  const [x, y] = await Promise.all([io.identity(a), io.identity(b)]);
  if (!x || !y) return false;
  return x.realPath === y.realPath || (x.ino !== 0 && x.dev === y.dev && x.ino === y.ino);
}

/** The system's code for a failed read or write (ENOENT, EACCES…), else its message. */
export function systemCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);
}

export class UsageError extends Error {}

/**
 * Writes an output file; a folder missing or read-only, a full drive or a file locked by Excel is exit 2 with one
 * sentence naming the file and why (the writer leaves no half-written file behind).
 */
export async function writeOutput(
  io: CliIo,
  path: string,
  data: Uint8Array | string,
  unwritable: (path: string, why: string) => string,
): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (e) {
    throw new FileError(unwritable(path, systemCode(e)));
  }
}

/**
 * An output written as an .xlsx workbook (or JSON where `json`) must be named so: under ".csv", ".txt" or no
 * extension Excel would not open it, or would show its bytes as garbage. A folder is left to the write, which says so.
 */
export async function checkOutputName(
  io: CliIo,
  path: string,
  json: boolean,
  wrongName: (path: string, json: boolean) => string,
): Promise<void> {
  if ((json ? /\.(xlsx|json)$/i : /\.xlsx$/i).test(path) || (await io.identity(path))?.folder) return;
  throw new FileError(wrongName(path, json));
}

/** A file that cannot be read or parsed: exit code 2. */
export class FileError extends Error {}
