// Empties a package's dist/ before a build, so a module removed from src/ never ships stale output.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
