import type { Me } from "../../../shared/contracts/me";
import type { Role } from "../../../shared/roles";
import { paths } from "../../lib/paths";

export type ConsoleSectionKey =
  | "home"
  | "alumni"
  | "positions"
  | "talks"
  | "pipeline"
  | "referrals"
  | "members"
  | "apiKeys"
  | "webhooks"
  | "audit"
  | "settings"
  | "devMailbox"
  | "announcements"
  | "deliveries"
  | "privacy"
  | "offboarding"
  | "events"
  | "visits"
  | "community";

type ConsoleSection = {
  key: ConsoleSectionKey;
  to: string;
  roles: readonly Role[];
  /** Only when the server offers the development mailbox (no SMTP configured). */
  needsDevMailbox?: boolean;
};

/** What each console role may open. The server enforces the same; the UI just doesn't offer the rest. */
export const consoleSections = [
  { key: "home", to: paths.admin.home, roles: ["admin", "hr", "manager"] },
  { key: "alumni", to: paths.admin.alumni, roles: ["admin", "hr", "manager"] },
  { key: "positions", to: paths.admin.positions, roles: ["admin", "hr", "manager"] },
  { key: "talks", to: paths.admin.talks, roles: ["admin", "hr", "manager"] },
  { key: "pipeline", to: paths.admin.pipeline, roles: ["admin", "hr", "manager"] },
  { key: "referrals", to: paths.admin.referrals, roles: ["admin", "hr"] },
  { key: "members", to: paths.admin.members, roles: ["admin", "hr"] },
  { key: "offboarding", to: paths.admin.offboarding, roles: ["admin", "hr"] },
  { key: "announcements", to: paths.admin.announcements, roles: ["admin", "hr"] },
  { key: "events", to: paths.admin.events, roles: ["admin", "hr"] },
  { key: "deliveries", to: paths.admin.deliveries, roles: ["admin", "hr"] },
  { key: "visits", to: paths.admin.visits, roles: ["admin", "hr"] },
  { key: "community", to: paths.admin.community, roles: ["admin", "hr"] },
  { key: "privacy", to: paths.admin.privacy, roles: ["admin", "hr"] },
  { key: "apiKeys", to: paths.admin.apiKeys, roles: ["admin"] },
  { key: "webhooks", to: paths.admin.webhooks, roles: ["admin"] },
  { key: "audit", to: paths.admin.audit, roles: ["admin"] },
  { key: "settings", to: paths.admin.settings, roles: ["admin"] },
  { key: "devMailbox", to: paths.devMailbox, roles: ["admin"], needsDevMailbox: true },
] as const satisfies readonly ConsoleSection[];

export function canUseSection(me: Me, key: ConsoleSectionKey): boolean {
  const section: ConsoleSection | undefined = consoleSections.find((candidate) => candidate.key === key);
  if (!section) return false;
  if (section.needsDevMailbox && !me.devMailbox) return false;
  return section.roles.includes(me.role);
}

export function sectionsFor(me: Me) {
  return consoleSections.filter((section) => canUseSection(me, section.key));
}

/** Hiring managers read the directory (a restricted view); admins and HR also add, edit and delete. */
export function canEditAlumni(me: Me): boolean {
  return me.role === "admin" || me.role === "hr";
}

/** Members are managed (role, status, invitations) by admins only; HR may read the list. */
export function canManageMembers(me: Me): boolean {
  return me.role === "admin";
}
