import { z } from "zod";
import { Cursor, IsoDateTime, Limit, pageOf } from "./common";

export const OFFBOARDING_STATUSES = ["scheduled", "invited", "registered", "declined", "expired", "cancelled"] as const;
export const OffboardingStatus = z.enum(OFFBOARDING_STATUSES);
export type OffboardingStatus = z.infer<typeof OffboardingStatus>;

export const OFFBOARDING_SOURCES = ["manual", "csv", "api", "bulk"] as const;
export const OffboardingSource = z.enum(OFFBOARDING_SOURCES);
export type OffboardingSource = z.infer<typeof OffboardingSource>;

export const GRADUATION_TEMPLATES = ["graduation_invitation", "graduation_reminder"] as const;
export const GraduationTemplate = z.enum(GRADUATION_TEMPLATES);
export type GraduationTemplate = z.infer<typeof GraduationTemplate>;

/** The placeholders a graduation template may use; anything else in `{{…}}` is refused. */
export const GRADUATION_PLACEHOLDERS = ["name", "company", "lastDay", "link", "expiresOn"] as const;

export const LEGAL_BASES = ["prior_notice_at_exit", "legitimate_interest_notice", "other"] as const;
export const LegalBasis = z.enum(LEGAL_BASES);
export type LegalBasis = z.infer<typeof LegalBasis>;

const CaseLocale = z.enum(["ja", "en"]);
const Text = (max: number) => z.string().trim().max(max);
/** Stored lower-case by the server; one open case per address, whatever its case. */
const CaseEmail = z.email().max(254);

const CaseFields = z.object({
  familyName: Text(50).min(1),
  givenName: Text(50).min(1),
  workEmail: CaseEmail,
  department: Text(100).nullable().optional(),
  lastDay: z.iso.date(),
  employeeNumber: z
    .string()
    .trim()
    .max(50)
    .regex(/^[\w-]+$/)
    .nullable()
    .optional(),
  privateEmail: CaseEmail.nullable().optional(),
  locale: CaseLocale.default("ja"),
  /** When the invitation goes out; absent means `invite_days_before` the last day at 10:00 Tokyo time. */
  sendAt: z.iso.datetime({ offset: true }).nullable().optional(),
});

export const OffboardingCaseInput = CaseFields;
export type OffboardingCaseInput = z.infer<typeof OffboardingCaseInput>;

export const OffboardingCaseUpdate = CaseFields.extend({ version: z.number().int().min(1) });
export type OffboardingCaseUpdate = z.infer<typeof OffboardingCaseUpdate>;

export const OffboardingCase = z.object({
  id: z.string(),
  status: OffboardingStatus,
  source: OffboardingSource,
  familyName: z.string(),
  givenName: z.string(),
  workEmail: z.string().nullable(),
  privateEmail: z.string().nullable(),
  department: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  lastDay: z.string(),
  locale: CaseLocale,
  alumnusId: z.string().nullable(),
  sendAt: IsoDateTime,
  invitedAt: IsoDateTime.nullable(),
  remindedAt: IsoDateTime.nullable(),
  tokenExpiresAt: IsoDateTime.nullable(),
  registeredAt: IsoDateTime.nullable(),
  declinedAt: IsoDateTime.nullable(),
  legalBasis: z.string().nullable(),
  version: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type OffboardingCase = z.infer<typeof OffboardingCase>;

export const OffboardingCasePage = pageOf(OffboardingCase);
export type OffboardingCasePage = z.infer<typeof OffboardingCasePage>;

export const OffboardingCaseQuery = z.object({
  status: OffboardingStatus.optional(),
  q: z.string().trim().max(100).optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type OffboardingCaseQuery = z.infer<typeof OffboardingCaseQuery>;

export const TIMELINE_KINDS = ["created", "updated", "invited", "reminded", "registered", "declined", "expired", "cancelled", "reinvited"] as const;
export const TimelineEntry = z.object({ kind: z.enum(TIMELINE_KINDS), at: IsoDateTime });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const CaseMail = z.object({
  id: z.string(),
  template: z.string(),
  status: z.string(),
  suppressedReason: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: IsoDateTime,
  sentAt: IsoDateTime.nullable(),
});
export type CaseMail = z.infer<typeof CaseMail>;

export const OffboardingCaseDetail = OffboardingCase.extend({ timeline: z.array(TimelineEntry), mails: z.array(CaseMail) });
export type OffboardingCaseDetail = z.infer<typeof OffboardingCaseDetail>;

export const CaseImportResult = z.object({ created: z.number().int() });
export type CaseImportResult = z.infer<typeof CaseImportResult>;

export const OffboardingSettings = z.object({
  inviteDaysBefore: z.number().int().min(0).max(60),
  reminderDaysAfter: z.number().int().min(1).max(30),
  tokenTtlDays: z.number().int().min(1).max(365),
});
export type OffboardingSettings = z.infer<typeof OffboardingSettings>;

export const GraduationTemplateView = z.object({
  template: GraduationTemplate,
  locale: CaseLocale,
  subject: z.string(),
  body: z.string(),
  customized: z.boolean(),
  updatedAt: IsoDateTime.nullable(),
});
export type GraduationTemplateView = z.infer<typeof GraduationTemplateView>;

export const GraduationTemplateInput = z.object({ subject: z.string().max(200), body: z.string().max(10_000) });
export type GraduationTemplateInput = z.infer<typeof GraduationTemplateInput>;

export const TemplatePreviewInput = GraduationTemplateInput.extend({
  template: GraduationTemplate,
  locale: CaseLocale,
  /** Render with this case's data; sample data when absent. */
  caseId: z.uuid().nullable().optional(),
});
export type TemplatePreviewInput = z.infer<typeof TemplatePreviewInput>;

export const RenderedPreview = z.object({ subject: z.string(), text: z.string(), html: z.string() });
export type RenderedPreview = z.infer<typeof RenderedPreview>;

export const BulkInvitationInput = z
  .object({
    alumnusIds: z.array(z.uuid()).min(1).max(500),
    legalBasis: LegalBasis,
    legalBasisNote: z.string().trim().max(500).nullable().optional(),
    confirmed: z.literal(true),
  })
  .refine((v) => v.legalBasis !== "other" || Boolean(v.legalBasisNote), { path: ["legalBasisNote"], message: "required" });
export type BulkInvitationInput = z.infer<typeof BulkInvitationInput>;

export const BULK_SKIP_REASONS = ["not_found", "no_private_email", "already_registered", "open_case"] as const;
export const BulkInvitationResult = z.object({
  invited: z.number().int(),
  skipped: z.object({ not_found: z.number().int(), no_private_email: z.number().int(), already_registered: z.number().int(), open_case: z.number().int() }),
});
export type BulkInvitationResult = z.infer<typeof BulkInvitationResult>;

export const GraduationTokenInput = z.object({ token: z.string().min(16).max(200) });
