import type { Portal } from "../../shared/roles";

/** Every URL of the SPA, so that no component spells one out by hand. */
export const paths = {
  root: "/",
  login: "/login",
  loginMfa: "/login/mfa",
  magicLink: "/auth/magic",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
  invite: "/invite",
  admin: {
    home: "/admin",
    alumni: "/admin/alumni",
    newAlumnus: "/admin/alumni/new",
    alumniImports: "/admin/alumni/imports",
    alumniImport: "/admin/alumni/imports/$importId",
    eligibilityRules: "/admin/alumni/eligibility-rules",
    alumnus: "/admin/alumni/$id",
    members: "/admin/members",
    apiKeys: "/admin/api-keys",
    audit: "/admin/audit",
    settings: "/admin/settings",
    account: "/admin/account",
  },
  devMailbox: "/dev/mailbox",
  employee: { home: "/me", account: "/me/account" },
  alumni: { home: "/alumni", account: "/alumni/account" },
} as const;

export const publicPaths: readonly string[] = [paths.login, paths.loginMfa, paths.magicLink, paths.forgotPassword, paths.resetPassword, paths.invite];

export function isPublicPath(pathname: string): boolean {
  return publicPaths.includes(pathname);
}

export function accountPathFor(portal: Portal) {
  if (portal === "/admin") return paths.admin.account;
  if (portal === "/me") return paths.employee.account;
  return paths.alumni.account;
}

/** Only same-site paths are followed, so a crafted `next` or `redirect` cannot send users elsewhere. */
export function safeInternalPath(candidate: string | undefined | null): string | null {
  if (!candidate?.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return null;
  }
  return candidate;
}
