import { defineConfig } from "vitest/config";

const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
const shared = { include: ["src/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000, pool: "forks" as const };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: "pglite", exclude: ["**/*.pg.test.ts", "**/node_modules/**"], env: { OKAERI_TEST_DB: "pglite" } } },
      ...(withPostgres
        ? [
            {
              test: {
                ...shared,
                name: "postgresql",
                // Pure functions learn nothing from a second database: they run in the pglite project only.
                exclude: [
                  "src/shared/**",
                  "src/server/features/imports/parsing/**",
                  "**/evaluate-eligibility.test.ts",
                  "**/row-to-alumnus.test.ts",
                  "**/node_modules/**",
                ],
                env: { OKAERI_TEST_DB: "postgresql" },
              },
            },
          ]
        : []),
    ],
  },
});
