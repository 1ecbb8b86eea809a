import { parseArgs } from "node:util";
import { ROLES, type Role } from "../shared/roles";
import { bootstrap, openDatabaseFor } from "./boot";
import { DataDirLockedError } from "./db/data-dir-lock";
import { readEnv } from "./env";
import * as apiKeys from "./features/api-keys/api-keys.service";
import * as invitations from "./features/invitations/invitations.service";
import * as tenancy from "./features/tenancy/tenancy.service";
import { ConfigError } from "./platform/config";
import type { AppDeps } from "./platform/context";
import { DomainError } from "./platform/errors/domain-error";
import { createLogger } from "./platform/logger";
import { systemContext } from "./platform/system-context";

const USAGE = `Okaeri operator CLI

  npm run okaeri -- tenant create --slug acme --name "Acme株式会社" --admin-email a@acme.test [--mfa-required true|false]
  npm run okaeri -- api-key create --tenant acme --role admin [--name "HRIS sync"]

The CLI opens the same database as the server (DATABASE_URL, or the embedded one in OKAERI_DATA_DIR).
The embedded database can be used by one process at a time: stop the server first, or use PostgreSQL.`;

type Command = (deps: AppDeps, values: Record<string, string | undefined>) => Promise<string[]>;

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name]?.trim();
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

class UsageError extends Error {}

async function tenantOf(deps: AppDeps, slug: string) {
  const row = await tenancy.findTenantBySlug(deps.database.db, slug);
  if (!row) throw new UsageError(`No tenant with slug "${slug}"`);
  return { id: row.id, slug: row.slug, name: row.name, mfaRequiredForStaff: row.mfaRequiredForStaff };
}

const commands: Record<string, Command> = {
  "tenant create": async (deps, values) => {
    const slug = required(values, "slug");
    if (!/^[a-z0-9][a-z0-9-]{1,40}$/.test(slug)) throw new UsageError("--slug must be 2–41 lower-case letters, digits or hyphens");
    const name = required(values, "name");
    const email = required(values, "admin-email").toLowerCase();
    const mfa = values["mfa-required"] === undefined ? true : values["mfa-required"] === "true";
    if (await tenancy.findTenantBySlug(deps.database.db, slug)) throw new UsageError(`A tenant with slug "${slug}" already exists`);
    const tenant = await tenancy.createTenant(deps.database.db, { requestId: "cli" }, { slug, name, mfaRequiredForStaff: mfa });
    const { link } = await invitations.createInvitation({ ctx: systemContext(deps, tenant), input: { email, role: "admin" } });
    return [
      `Created tenant ${slug} (${name}), MFA for admin and HR ${mfa ? "required" : "optional"}.`,
      `Invitation for the first admin sent to the outbox. Link (valid ${invitations.INVITATION_TTL_DAYS} days, single use):`,
      link,
    ];
  },
  "api-key create": async (deps, values) => {
    const role = required(values, "role") as Role;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
    const tenant = await tenantOf(deps, required(values, "tenant"));
    const name = values.name ?? `CLI key (${role})`;
    const created = await apiKeys.createApiKey({ ctx: systemContext(deps, tenant), input: { name, role } });
    return [`Created API key ${created.prefix}… for ${tenant.slug} with role ${role}. It is shown only now:`, created.key];
  },
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      name: { type: "string" },
      "admin-email": { type: "string" },
      "mfa-required": { type: "string" },
      tenant: { type: "string" },
      role: { type: "string" },
      help: { type: "boolean" },
    },
  });
  const command = commands[positionals.slice(0, 2).join(" ")];
  if (!command || values.help) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  const env = readEnv();
  const database = await openDatabaseFor(env);
  try {
    const deps = await bootstrap({ env, database, logger: createLogger("error"), runWorker: false });
    try {
      const lines = await command(deps, values as Record<string, string | undefined>);
      process.stdout.write(`${lines.join("\n")}\n`);
      return 0;
    } finally {
      await deps.jobs.stop().catch(() => {});
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    if (error instanceof DomainError) process.stderr.write(`Refused: ${error.code}\n`);
    else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
