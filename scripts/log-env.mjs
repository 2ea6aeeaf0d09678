// The environment for a tool whose output goes to ours: off a terminal (CI logs, a pipe) it is
// asked for no colours, so logs carry no ANSI codes. Used by run-tests.mjs and docs-build.mjs.
export function logEnv() {
  const env = { ...process.env };
  if (!process.stdout.isTTY) {
    env.NO_COLOR = '1';
    delete env.FORCE_COLOR;
  }
  return env;
}
