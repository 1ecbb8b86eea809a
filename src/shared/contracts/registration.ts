import { z } from "zod";
import { CONSENT_PURPOSES, type ConsentPurpose } from "../consent-purposes";
import { Locale } from "../locales";
import { Email, Password, Token } from "./common";

/** What made a person leave: a fixed list, deliberately free of sensitive personal data (要配慮個人情報). */
export const EXIT_REASONS = ["career_growth", "compensation", "work_content", "relocation_family", "further_study", "work_style", "other"] as const;
export const ExitReason = z.enum(EXIT_REASONS);
export type ExitReason = z.infer<typeof ExitReason>;

export const CONSIDER_RETURNING = ["yes", "maybe", "no"] as const;
export const ConsiderReturning = z.enum(CONSIDER_RETURNING);
export type ConsiderReturning = z.infer<typeof ConsiderReturning>;

export const GRADUATION_LINK_STATUSES = ["valid", "invalid", "expired", "used", "declined", "cancelled"] as const;

export const GraduationTokenInput = z.object({ token: Token });
export type GraduationTokenInput = z.infer<typeof GraduationTokenInput>;

export const PrivacyNoticeView = z.object({ version: z.number().int(), bodyJa: z.string(), bodyEn: z.string(), publishedAt: z.string() });
export type PrivacyNoticeView = z.infer<typeof PrivacyNoticeView>;

export const GraduationPreview = z.object({
  status: z.enum(GRADUATION_LINK_STATUSES),
  companyName: z.string().nullable(),
  /** The company's current privacy notice; only while the link is usable. */
  notice: PrivacyNoticeView.nullable(),
  prefill: z
    .object({
      familyName: z.string(),
      givenName: z.string(),
      department: z.string().nullable(),
      /** e.g. t***@example.co.jp: enough to recognise, not enough to harvest. */
      maskedWorkEmail: z.string().nullable(),
      /** The private email HR already knew (bulk invitations), as a suggestion. */
      privateEmail: z.string().nullable(),
      locale: Locale,
    })
    .nullable(),
});
export type GraduationPreview = z.infer<typeof GraduationPreview>;

const Text = (max: number) => z.string().trim().max(max);
const OptionalText = (max: number) =>
  Text(max)
    .nullable()
    .optional()
    .transform((v) => v || null);

export const ExitSurveyInput = z.object({
  reasons: z.array(ExitReason).max(EXIT_REASONS.length),
  considerReturning: ConsiderReturning,
  wouldBringBack: OptionalText(1000),
  comment: OptionalText(2000),
});
export type ExitSurveyInput = z.infer<typeof ExitSurveyInput>;

export const ConsentAnswers = z.object(Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, z.boolean()])) as Record<ConsentPurpose, z.ZodBoolean>);
export type ConsentAnswers = z.infer<typeof ConsentAnswers>;

export const SIGN_IN_METHODS = ["password", "magic_link"] as const;

export const RegisterInput = z
  .object({
    token: Token,
    /** The notice version the person read and acknowledged on the page. */
    noticeVersion: z.number().int().min(1),
    email: Email,
    signInMethod: z.enum(SIGN_IN_METHODS),
    password: Password.nullable().optional(),
    locale: Locale,
    consents: ConsentAnswers,
    survey: ExitSurveyInput.nullable().optional(),
    profile: z
      .object({
        skills: z.array(Text(50).min(1)).max(30).default([]),
        currentEmployer: OptionalText(100),
        currentRole: OptionalText(100),
      })
      .optional(),
  })
  .refine((v) => v.signInMethod === "magic_link" || Boolean(v.password), { path: ["password"], message: "required" });
export type RegisterInput = z.infer<typeof RegisterInput>;

export const VerifyEmailResult = z.object({ status: z.enum(["verified", "already_verified"]) });
export type VerifyEmailResult = z.infer<typeof VerifyEmailResult>;
