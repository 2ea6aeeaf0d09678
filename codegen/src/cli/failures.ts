/**
 * How a failure that is not a catalog problem reaches the user: always as one line (several for a
 * refused write, one per path), never as a stack trace, with a documented exit code. A stack trace
 * is printed only for an internal error, and only when ERRCAT_DEBUG is set.
 */
import { LockBusy } from '../write-lock.js';
import { WriteRefused } from '../write.js';
import { EXIT } from './io.js';

/** A failure the user can act on, worded as one line (the CLI adds `errcat: `). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exit: number = EXIT.problems,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

interface SystemError {
  readonly code: string;
  readonly syscall?: string;
  readonly path?: string;
}

function isSystemError(error: unknown): error is Error & SystemError {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'not a folder',
  EISDIR: 'is a folder',
  EBUSY: 'resource busy',
  EMFILE: 'too many open files',
  ENOTEMPTY: 'folder not empty',
  EEXIST: 'already exists',
};

/** One line per failure, and the exit code. */
export function describeFailure(error: unknown): { lines: string[]; exit: number } {
  if (error instanceof CliFailure) return { lines: [error.message], exit: error.exit };
  if (error instanceof LockBusy) return { lines: [error.message], exit: EXIT.problems };
  if (error instanceof WriteRefused) return { lines: [...error.reasons], exit: EXIT.problems };
  if (isSystemError(error)) {
    const what = error.path === undefined ? '' : ` ${error.path}`;
    const why = WHY[error.code] ?? error.code;
    return { lines: [`cannot ${error.syscall ?? 'access'}${what}: ${why} (${error.code})`], exit: EXIT.problems };
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return { lines: ['input nested too deeply to process (maximum call stack size exceeded)'], exit: EXIT.problems };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { lines: [`internal error: ${message.split('\n')[0]} (set ERRCAT_DEBUG=1 for the stack trace; please report it)`], exit: EXIT.internal };
}
