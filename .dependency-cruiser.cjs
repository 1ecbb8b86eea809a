/** Layer rules of ARCHITECTURE.md: routes → service → repo → db; features meet only through services. */
module.exports = {
  forbidden: [
    {
      name: "routes-not-db",
      comment: "Handlers never touch the database: they call a service verb.",
      severity: "error",
      from: { path: "^src/server/features/[^/]+/[^/]+\\.routes\\.ts$" },
      to: { path: ["^src/server/db/", "\\.repo\\.ts$"] },
    },
    {
      name: "services-not-http",
      comment: "Services know nothing of Hono; they receive ctx and input.",
      severity: "error",
      from: { path: "\\.(service|repo)\\.ts$" },
      to: { path: ["^node_modules/hono/", "^node_modules/@hono/", "^src/server/platform/http/"] },
    },
    {
      name: "repo-not-upward",
      comment: "Repos are queries only.",
      severity: "error",
      from: { path: "\\.repo\\.ts$" },
      to: { path: ["\\.service\\.ts$", "\\.routes\\.ts$"] },
    },
    {
      name: "no-foreign-repo",
      comment: "A feature calls another feature's service, never its repo.",
      severity: "error",
      from: { path: "^src/server/features/([^/]+)/" },
      to: { path: "^src/server/features/([^/]+)/[^/]+\\.repo\\.ts$", pathNot: "^src/server/features/$1/" },
    },
    {
      name: "web-not-server",
      comment: "The SPA talks to the server over HTTP only.",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/server/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "shared-stays-shared",
      comment: "Contracts are used by both sides and import neither.",
      severity: "error",
      from: { path: "^src/shared/" },
      to: { path: ["^src/server/", "^src/web/"] },
    },
    {
      name: "platform-not-features",
      comment: "Cross-cutting code does not depend on features.",
      severity: "error",
      from: { path: "^src/server/platform/" },
      to: { path: "^src/server/features/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.tsx?$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
