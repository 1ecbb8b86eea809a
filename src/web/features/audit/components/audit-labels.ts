import type { TFunction } from "i18next";
import { Role } from "../../../../shared/roles";

/** Audit action codes the console knows how to name; others are shown as their raw code. */
export const auditActionKeys = {
  "auth.sign_in.succeeded": "audit.actions.authSignInSucceeded",
  "auth.sign_in.failed": "audit.actions.authSignInFailed",
  "auth.sign_out": "audit.actions.authSignOut",
  "auth.magic_link.requested": "audit.actions.authMagicLinkRequested",
  "auth.password_reset.requested": "audit.actions.authPasswordResetRequested",
  "auth.password_reset.completed": "audit.actions.authPasswordResetCompleted",
  "auth.mfa.enabled": "audit.actions.authMfaEnabled",
  "auth.mfa.disabled": "audit.actions.authMfaDisabled",
  "member.role_changed": "audit.actions.memberRoleChanged",
  "member.disabled": "audit.actions.memberDisabled",
  "member.enabled": "audit.actions.memberEnabled",
  "invitation.created": "audit.actions.invitationCreated",
  "invitation.revoked": "audit.actions.invitationRevoked",
  "invitation.accepted": "audit.actions.invitationAccepted",
  "api_key.created": "audit.actions.apiKeyCreated",
  "api_key.revoked": "audit.actions.apiKeyRevoked",
  "user.profile_updated": "audit.actions.userProfileUpdated",
  "tenant.created": "audit.actions.tenantCreated",
  "tenant.settings_updated": "audit.actions.tenantSettingsUpdated",
  "mail.send": "audit.actions.mailSend",
  "mail.viewed": "audit.actions.mailViewed",
  "alumnus.created": "audit.actions.alumnusCreated",
  "alumnus.updated": "audit.actions.alumnusUpdated",
  "alumnus.viewed": "audit.actions.alumnusViewed",
  "alumnus.deleted": "audit.actions.alumnusDeleted",
  "alumnus.eligibility_overridden": "audit.actions.alumnusEligibilityOverridden",
  "alumnus.eligibility_override_cleared": "audit.actions.alumnusEligibilityOverrideCleared",
  "alumni.exported": "audit.actions.alumniExported",
  "eligibility.rules_updated": "audit.actions.eligibilityRulesUpdated",
  "eligibility.recomputed": "audit.actions.eligibilityRecomputed",
} as const;

export const knownAuditActions = Object.keys(auditActionKeys) as (keyof typeof auditActionKeys)[];

function isKnownAction(code: string): code is keyof typeof auditActionKeys {
  return Object.hasOwn(auditActionKeys, code);
}

export function auditActionLabel(t: TFunction, code: string): string {
  return isKnownAction(code) ? t(auditActionKeys[code]) : code;
}

export const targetTypeKeys = {
  user: "audit.targets.user",
  member: "audit.targets.member",
  invitation: "audit.targets.invitation",
  api_key: "audit.targets.apiKey",
  tenant: "audit.targets.tenant",
  mail: "audit.targets.mail",
  alumnus: "audit.targets.alumnus",
} as const;

export const knownTargetTypes = Object.keys(targetTypeKeys) as (keyof typeof targetTypeKeys)[];

export function targetTypeLabel(t: TFunction, type: string): string {
  return Object.hasOwn(targetTypeKeys, type) ? t(targetTypeKeys[type as keyof typeof targetTypeKeys]) : type;
}

/** The audit log records a member's role as the actor type; other actors are apiKey, system or anonymous. */
export function actorTypeLabel(t: TFunction, actorType: string): string {
  const role = Role.safeParse(actorType);
  if (role.success) return t(`roles.${role.data}`);
  return t(`audit.actorTypes.${actorType}`, { defaultValue: actorType });
}
