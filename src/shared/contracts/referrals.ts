import { z } from "zod";
import { Cursor, Email, Limit, OneLine, pageOf } from "./common";

/**
 * What a referrer sees of a referral: derived on every read from the candidate's stage, so it is always true.
 * submitted = 紹介済み (first stage), in_pipeline = 選考中, hired = 入社決定, not_hired = 今回は見送り,
 * expired = 期限切れ, duplicate = 重複 (the person was already known).
 */
export const REFERRAL_STATUSES = ["submitted", "in_pipeline", "hired", "not_hired", "expired", "duplicate"] as const;
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const REFERRAL_KINDS = ["friend", "alumnus", "link"] as const;
export const ReferralKind = z.enum(REFERRAL_KINDS);
export type ReferralKind = z.infer<typeof ReferralKind>;

const Text = (max: number) => z.string().trim().min(1).max(max);
const Phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[0-9０-９+＋()（）\-‐－ー\s]*$/, { message: "Use digits, spaces, +, - and parentheses only" });

/** An outside friend. The person must know about the referral (APPI: we store a third party's data). */
export const FriendReferralInput = z.object({
  kind: z.literal("friend"),
  positionId: z.uuid(),
  fullName: OneLine(100),
  email: Email.nullish(),
  phone: Phone.nullish(),
  relationship: OneLine(100),
  reason: Text(2000),
  personAware: z.boolean(),
});
export type FriendReferralInput = z.infer<typeof FriendReferralInput>;

/** A former colleague from the alumni directory who consents to referral requests. */
export const AlumnusReferralInput = z.object({
  kind: z.literal("alumnus"),
  positionId: z.uuid(),
  alumnusId: z.uuid(),
  relationship: OneLine(100),
  reason: Text(2000),
});
export type AlumnusReferralInput = z.infer<typeof AlumnusReferralInput>;

export const ReferralInput = z.discriminatedUnion("kind", [FriendReferralInput, AlumnusReferralInput]);
export type ReferralInput = z.infer<typeof ReferralInput>;

export const ReferralPosition = z.object({ id: z.uuid(), title: z.string(), titleJa: z.string(), titleEn: z.string() });
export type ReferralPosition = z.infer<typeof ReferralPosition>;

/** The referrer's own view: never HR's notes, the timeline or a rejection reason. */
export const MyReferral = z.object({
  id: z.uuid(),
  kind: ReferralKind,
  status: ReferralStatus,
  /** The open stage's display name while the person is in selection; null otherwise. */
  stageName: z.string().nullable(),
  position: ReferralPosition.nullable(),
  personName: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type MyReferral = z.infer<typeof MyReferral>;

export const MyReferralPage = pageOf(MyReferral);
export type MyReferralPage = z.infer<typeof MyReferralPage>;

/** HR's list row: adds the referrer and the candidate to open. */
export const ReferralSummary = MyReferral.extend({
  referrer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  candidateId: z.uuid().nullable(),
  relationship: z.string().nullable(),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

export const ReferralPage = pageOf(ReferralSummary);
export type ReferralPage = z.infer<typeof ReferralPage>;

export const ReferralListQuery = z.object({
  status: ReferralStatus.optional(),
  positionId: z.uuid().optional(),
  referrerUserId: z.uuid().optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;

export const MyReferralListQuery = z.object({ cursor: Cursor.optional(), limit: Limit });
export type MyReferralListQuery = z.infer<typeof MyReferralListQuery>;

export const REFERRAL_VALIDITY_MIN = 30;
export const REFERRAL_VALIDITY_MAX = 730;

/** The range (30–730 days) is checked by the service, so its message can say so in the reader's language. */
export const ReferralSettings = z.object({ referralValidityDays: z.number().int() });
export type ReferralSettings = z.infer<typeof ReferralSettings>;

/** Alumni an employee may refer: registered, active, and consenting to referral requests. */
export const ReferableAlumnus = z.object({
  id: z.uuid(),
  name: z.string(),
  department: z.string().nullable(),
  currentEmployer: z.string().nullable(),
  currentRole: z.string().nullable(),
  skills: z.array(z.string()),
});
export type ReferableAlumnus = z.infer<typeof ReferableAlumnus>;

export const ReferableAlumnusPage = pageOf(ReferableAlumnus);
export type ReferableAlumnusPage = z.infer<typeof ReferableAlumnusPage>;

export const ReferableAlumniQuery = z.object({
  q: z.string().trim().max(100).optional(),
  /** Prefill: the one alumnus a link (from the former-colleagues page) names, if they may be referred. */
  alumnusId: z.uuid().optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type ReferableAlumniQuery = z.infer<typeof ReferableAlumniQuery>;

export const ReferralLinkInput = z.object({ positionId: z.uuid() });
export type ReferralLinkInput = z.infer<typeof ReferralLinkInput>;

export const ReferralLink = z.object({
  id: z.uuid(),
  positionId: z.uuid(),
  token: z.string(),
  url: z.string(),
  openCount: z.number().int(),
  applicationCount: z.number().int(),
  createdAt: z.string(),
});
export type ReferralLink = z.infer<typeof ReferralLink>;

/** What an anonymous visitor of a referral link sees: the position and the referrer's display name only. */
export const ReferralLanding = z.object({
  companyName: z.string(),
  referrerName: z.string(),
  position: z.object({
    title: z.string(),
    department: z.string().nullable(),
    location: z.string().nullable(),
    employmentType: z.string(),
    skills: z.array(z.string()),
    descriptionHtml: z.string(),
  }),
});
export type ReferralLanding = z.infer<typeof ReferralLanding>;

export const ReferralApplyInput = z.object({
  fullName: OneLine(100),
  email: Email,
  phone: Phone.nullish(),
  message: z.string().trim().max(2000).nullish(),
  /** The applicant read how their data is used; must be true (checked by the service, with a clear message). */
  privacyConsent: z.boolean(),
});
export type ReferralApplyInput = z.infer<typeof ReferralApplyInput>;

/** Always the same answer: an applicant never learns whether someone is already known. */
export const ReferralApplyResult = z.object({ received: z.boolean() });
export type ReferralApplyResult = z.infer<typeof ReferralApplyResult>;
