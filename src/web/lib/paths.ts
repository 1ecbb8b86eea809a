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
  graduation: "/graduation",
  verifyEmail: "/verify-email",
  goodbye: "/goodbye",
  unsubscribe: "/unsubscribe",
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
    webhooks: "/admin/webhooks",
    webhook: "/admin/webhooks/$id",
    audit: "/admin/audit",
    settings: "/admin/settings",
    announcements: "/admin/announcements",
    newAnnouncement: "/admin/announcements/new",
    announcement: "/admin/announcements/$id",
    editAnnouncement: "/admin/announcements/$id/edit",
    announcementRecipients: "/admin/announcements/$id/recipients",
    deliveries: "/admin/mail",
    offboarding: "/admin/offboarding",
    offboardingNew: "/admin/offboarding/new",
    offboardingTemplates: "/admin/offboarding/templates",
    offboardingCase: "/admin/offboarding/$id",
    privacy: "/admin/privacy",
    privacyRequest: "/admin/privacy/requests/$id",
    account: "/admin/account",
    community: "/admin/community",
    communityGroup: "/admin/community/groups/$id",
    communityPost: "/admin/community/posts/$id",
    communityModeration: "/admin/community/moderation",
    visits: "/admin/visits",
    visitNew: "/admin/visits/new",
    visit: "/admin/visits/$id",
    events: "/admin/events",
    eventNew: "/admin/events/new",
    event: "/admin/events/$id",
    eventEdit: "/admin/events/$id/edit",
    eventCheckIn: "/admin/events/$id/check-in",
    positions: "/admin/positions",
    positionNew: "/admin/positions/new",
    position: "/admin/positions/$id",
    positionEdit: "/admin/positions/$id/edit",
    pipeline: "/admin/pipeline",
    pipelineSettings: "/admin/pipeline/settings",
    candidate: "/admin/pipeline/candidates/$id",
    talks: "/admin/talks",
    talk: "/admin/talks/$id",
    referrals: "/admin/referrals",
    colleagues: "/admin/colleagues",
  },
  devMailbox: "/dev/mailbox",
  employee: {
    home: "/me",
    account: "/me/account",
    visits: "/me/visits",
    visitNew: "/me/visits/new",
    visit: "/me/visits/$id",
    community: "/me/community",
    communityGroup: "/me/community/groups/$id",
    communityPost: "/me/community/posts/$id",
    directory: "/me/community/directory",
    positions: "/me/positions",
    position: "/me/positions/$id",
    referrals: "/me/referrals",
    referralNew: "/me/referrals/new",
    colleagues: "/me/colleagues",
  },
  alumni: {
    home: "/alumni",
    account: "/alumni/account",
    profile: "/alumni/profile",
    consents: "/alumni/consents",
    data: "/alumni/data",
    settings: "/alumni/settings",
    community: "/alumni/community",
    communityGroup: "/alumni/community/groups/$id",
    communityPost: "/alumni/community/posts/$id",
    directory: "/alumni/community/directory",
    visits: "/alumni/visits",
    newsletters: "/alumni/newsletters",
    newsletter: "/alumni/newsletters/$id",
    events: "/alumni/events",
    event: "/alumni/events/$id",
    jobs: "/alumni/jobs",
    job: "/alumni/jobs/$id",
    talks: "/alumni/talks",
  },
  /** A personal referral link's landing page: the position and an application form, no sign-in. */
  referralLanding: "/r/$token",
} as const;

export const publicPaths: readonly string[] = [
  paths.login,
  paths.loginMfa,
  paths.magicLink,
  paths.forgotPassword,
  paths.resetPassword,
  paths.invite,
  paths.graduation,
  paths.verifyEmail,
  paths.goodbye,
  paths.unsubscribe,
];

/** Public pages whose path carries a token: `/r/{token}` (a personal referral link). */
const publicPrefixes: readonly string[] = ["/r/"];

export function isPublicPath(pathname: string): boolean {
  return publicPaths.includes(pathname) || publicPrefixes.some((prefix) => pathname.startsWith(prefix));
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
