/**
 * The fast unit tests only, for mutation testing (stryker.config.json): StrykerJS runs the tests
 * that cover each mutant many times over, so nothing here may start Neo4j or a browser.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // ESLint's own layer test is about the lint configuration, not the code under mutation.
    exclude: ['test/unit/lint/**'],
  },
});
