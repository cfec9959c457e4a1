/** Writing a file so that nobody ever sees it half-written: export, backup, calendar and new archives. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The modes of what arca creates: readable by its owner alone (umask can only narrow them). Archives,
 * backups, calendars and exports hold articles, claimants and their contacts: personal data.
 */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

let serial = 0;

const PARTIAL = '.partial-';

/** A fresh name beside `file` for the copy being written: unique per process, moment and call. */
function partialPath(file: string): string {
  return `${file}${PARTIAL}${process.pid}-${Date.now().toString(36)}-${serial++}`;
}

/** Whether process `pid` is still running (EPERM: it is, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a writer of `file` killed with kill -9 left beside it: partial copies (and their -wal and
 * -shm files) whose process is gone. A running writer's copy is left alone. Best effort: a folder that
 * cannot be listed leaves them.
 */
function removeStalePartials(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}${PARTIAL}`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix)
      ? /^(\d+)-[0-9a-z]+-\d+(?:-wal|-shm)?$/.exec(name.slice(prefix.length))?.[1]
      : undefined;
    if (pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid)))
      fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * `fill` writes a temporary file beside `file`, which then takes its place. With `replace: false` an
 * existing file is never replaced: of two writers at once the first wins, the other's copy is dropped.
 * The temporary file (and the -wal and -shm files SQLite may leave beside it) is always removed.
 */
export async function writeAtomically<T>(
  file: string,
  fill: (temp: string) => T | Promise<T>,
  options: { replace: boolean } = { replace: true },
): Promise<T> {
  removeStalePartials(file);
  const temp = partialPath(file);
  try {
    // Made before `fill` opens it: SQLite and streams would create it 0644 (SQLite then gives its -wal and
    // -shm files the same mode as the database).
    fs.closeSync(fs.openSync(temp, 'wx', PRIVATE_FILE));
    const result = await fill(temp);
    if (options.replace) fs.renameSync(temp, file);
    else linkIntoPlace(temp, file);
    return result;
  } finally {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
  }
}

/** Puts the finished file at `file` unless another process already did: never replaces one. */
function linkIntoPlace(temp: string, file: string): void {
  try {
    fs.linkSync(temp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    // File systems without hard links (FAT, some network shares): an exclusive copy never replaces either.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err;
    try {
      fs.copyFileSync(temp, file, fs.constants.COPYFILE_EXCL);
    } catch (copyErr) {
      if ((copyErr as NodeJS.ErrnoException).code !== 'EEXIST') throw copyErr;
    }
  }
}

/** Writes `file` atomically through a stream; resolves once the stream has been flushed and placed. */
export function writeStreamAtomically<T>(file: string, write: (stream: fs.WriteStream) => Promise<T>): Promise<T> {
  return writeAtomically(file, async (temp) => {
    const stream = fs.createWriteStream(temp);
    try {
      const result = await write(stream);
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      return result;
    } catch (err) {
      stream.destroy();
      throw err;
    }
  });
}

/** The size of a file in bytes; 0 when there is none. */
export const fileSize = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : 0);
