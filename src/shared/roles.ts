import { z } from "zod";

export const ROLES = ["admin", "hr", "manager", "employee", "alumnus"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Roles that work in the HR console. */
export const CONSOLE_ROLES: readonly Role[] = ["admin", "hr", "manager"];
/** Roles a tenant may require MFA for. */
export const STAFF_ROLES: readonly Role[] = ["admin", "hr"];

export type Portal = "/admin" | "/me" | "/alumni";

export function portalForRole(role: Role): Portal {
  if (CONSOLE_ROLES.includes(role)) return "/admin";
  if (role === "employee") return "/me";
  return "/alumni";
}
