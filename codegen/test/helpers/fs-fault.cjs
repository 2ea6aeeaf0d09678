// Preload (node --require) for the crash and bad-input tests. Counts the file-system calls that
// change anything under ERRCAT_FAULT_DIR (only errcat's own calls: not those rmSync makes inside
// itself) and, at call number ERRCAT_FAULT_AT:
//   ERRCAT_FAULT=kill (default)  SIGKILLs the process before the call runs;
//   ERRCAT_FAULT=SIGINT, SIGTERM  sends that signal to the process before the call, which then runs;
//   ERRCAT_FAULT=EROFS, ENOSPC…   throws that error from this call and every later one (a
//                                 read-only or full disk), as Node's own fs errors look.
// ERRCAT_FAULT_CALLS (comma-separated names, e.g. writeFileSync,mkdirSync) limits an error fault to
// those calls: a full disk refuses new bytes, not renames or unlinks.
// With ERRCAT_FAULT_AT=0 it only counts, and writes the total to ERRCAT_FAULT_COUNT_FILE at exit.
'use strict';
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const { isMainThread } = require('node:worker_threads');
const path = require('node:path');

const dir = process.env.ERRCAT_FAULT_DIR;
const at = Number(process.env.ERRCAT_FAULT_AT ?? '0');
const fault = process.env.ERRCAT_FAULT ?? 'kill';
const countFile = process.env.ERRCAT_FAULT_COUNT_FILE;
const only = process.env.ERRCAT_FAULT_CALLS ? new Set(process.env.ERRCAT_FAULT_CALLS.split(',')) : undefined;
const SYSCALL = { writeFileSync: 'open', appendFileSync: 'open', renameSync: 'rename', rmSync: 'rm', rmdirSync: 'rmdir', unlinkSync: 'unlink', mkdirSync: 'mkdir', linkSync: 'link', copyFileSync: 'copyfile', symlinkSync: 'symlink', truncateSync: 'open' };

if (isMainThread && dir !== undefined && dir !== '') {
  const root = path.resolve(dir);
  const inside = (p) => typeof p === 'string' && (path.resolve(p) === root || path.resolve(p).startsWith(root + path.sep));
  let calls = 0;
  let depth = 0;
  const original = {};
  for (const name of Object.keys(SYSCALL)) {
    original[name] = fs[name];
    fs[name] = function (...args) {
      if (depth === 0 && (inside(args[0]) || inside(args[1]))) {
        calls++;
        if (fault === 'kill' && calls === at) process.kill(process.pid, 'SIGKILL');
        // Ctrl-C or a stop from a supervisor: sent, and the call goes on (a listener may hold it).
        if ((fault === 'SIGINT' || fault === 'SIGTERM') && calls === at) process.kill(process.pid, fault);
        if (fault !== 'kill' && !fault.startsWith('SIG') && at > 0 && calls >= at && (only === undefined || only.has(name))) {
          const error = new Error(`${fault}: injected fault, ${SYSCALL[name]} '${args[0]}'`);
          Object.assign(error, { code: fault, syscall: SYSCALL[name], path: String(args[0]), errno: -30 });
          throw error;
        }
      }
      depth++;
      try {
        return original[name].apply(this, args);
      } finally {
        depth--;
      }
    };
  }
  syncBuiltinESMExports();
  if (countFile !== undefined && countFile !== '') process.on('exit', () => original.writeFileSync(countFile, String(calls)));
}
