// Empties a package's dist/ before a build, so a module removed from src/ never ships stale output,
// and records what the build is made from (build-stamp.mjs): `pnpm api-report` refuses a dist/ of
// other sources.
import { rmSync } from 'node:fs';
import { writeBuildStamp } from './build-stamp.mjs';

rmSync('dist', { recursive: true, force: true });
writeBuildStamp('.');
