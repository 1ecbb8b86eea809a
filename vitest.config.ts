import { defineConfig } from "vitest/config";

const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
const shared = { include: ["src/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000, pool: "forks" as const };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: "pglite", exclude: ["**/*.pg.test.ts", "**/node_modules/**"], env: { OKAERI_TEST_DB: "pglite" } } },
      ...(withPostgres ? [{ test: { ...shared, include: [...shared.include], name: "postgresql", env: { OKAERI_TEST_DB: "postgresql" } } }] : []),
    ],
  },
});
