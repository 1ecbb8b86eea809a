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
  "alumni_import.dry_run_started": "audit.actions.alumniImportDryRunStarted",
  "alumni_import.started": "audit.actions.alumniImportStarted",
  "alumni_import.rejected_rows_downloaded": "audit.actions.alumniImportRejectedRowsDownloaded",
  "import_mapping.created": "audit.actions.importMappingCreated",
  "import_mapping.deleted": "audit.actions.importMappingDeleted",
  "alumnus.registered": "audit.actions.alumnusRegistered",
  "alumnus.self_updated": "audit.actions.alumnusSelfUpdated",
  "alumnus.data_downloaded": "audit.actions.alumnusDataDownloaded",
  "alumnus.account_deleted": "audit.actions.alumnusAccountDeleted",
  "alumnus.erased": "audit.actions.alumnusErased",
  "consent.changed": "audit.actions.consentChanged",
  "user.email_verified": "audit.actions.userEmailVerified",
  "privacy_notice.published": "audit.actions.privacyNoticePublished",
  "privacy_notice.acknowledged": "audit.actions.privacyNoticeAcknowledged",
  "dsr.opened": "audit.actions.dsrOpened",
  "dsr.status_changed": "audit.actions.dsrStatusChanged",
  "dsr.exported": "audit.actions.dsrExported",
  "privacy.retention_changed": "audit.actions.privacyRetentionChanged",
  "privacy.retention_purged": "audit.actions.privacyRetentionPurged",
  "offboarding.case_created": "audit.actions.offboardingCaseCreated",
  "offboarding.case_updated": "audit.actions.offboardingCaseUpdated",
  "offboarding.case_cancelled": "audit.actions.offboardingCaseCancelled",
  "offboarding.case_invited": "audit.actions.offboardingCaseInvited",
  "offboarding.case_reminded": "audit.actions.offboardingCaseReminded",
  "offboarding.case_reinvited": "audit.actions.offboardingCaseReinvited",
  "offboarding.case_registered": "audit.actions.offboardingCaseRegistered",
  "offboarding.case_declined": "audit.actions.offboardingCaseDeclined",
  "offboarding.case_expired": "audit.actions.offboardingCaseExpired",
  "offboarding.cases_imported": "audit.actions.offboardingCasesImported",
  "offboarding.bulk_invited": "audit.actions.offboardingBulkInvited",
  "offboarding.settings_updated": "audit.actions.offboardingSettingsUpdated",
  "offboarding.template_updated": "audit.actions.offboardingTemplateUpdated",
  "offboarding.template_reset": "audit.actions.offboardingTemplateReset",
  "announcement.created": "audit.actions.announcementCreated",
  "announcement.test_sent": "audit.actions.announcementTestSent",
  "mail.retried": "audit.actions.mailRetried",
  "webhook_endpoint.created": "audit.actions.webhookEndpointCreated",
  "webhook_endpoint.updated": "audit.actions.webhookEndpointUpdated",
  "webhook_endpoint.enabled": "audit.actions.webhookEndpointEnabled",
  "webhook_endpoint.disabled": "audit.actions.webhookEndpointDisabled",
  "webhook_endpoint.deleted": "audit.actions.webhookEndpointDeleted",
  "webhook_endpoint.secret_rotated": "audit.actions.webhookEndpointSecretRotated",
  "webhook_endpoint.tested": "audit.actions.webhookEndpointTested",
  "webhook_delivery.redelivered": "audit.actions.webhookDeliveryRedelivered",
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
  alumni_import: "audit.targets.alumniImport",
  import_mapping: "audit.targets.importMapping",
  announcement: "audit.targets.announcement",
  dsr_request: "audit.targets.dsrRequest",
  offboarding_case: "audit.targets.offboardingCase",
  privacy_notice: "audit.targets.privacyNotice",
  retention_policy: "audit.targets.retentionPolicy",
  webhook_endpoint: "audit.targets.webhookEndpoint",
  webhook_delivery: "audit.targets.webhookDelivery",
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
