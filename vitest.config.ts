import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['codegen/test/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/fixtures/**'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    typecheck: {
      enabled: true,
      only: false,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: 'test/types/tsconfig.json',
    },
  },
});
