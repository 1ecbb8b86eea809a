import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Who did what to which record, when. Never the personal data itself. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id"),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    actorType: text("actor_type").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    requestId: text("request_id"),
    meta: jsonb("meta").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [
    index("audit_events_tenant_at_idx").on(t.tenantId, t.at),
    index("audit_events_target_idx").on(t.tenantId, t.targetType, t.targetId),
    index("audit_events_actor_idx").on(t.tenantId, t.actorId),
  ],
);
