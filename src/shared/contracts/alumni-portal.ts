import { z } from "zod";
import { ConsentPurpose } from "../consent-purposes";
import { ReturnInterest } from "./alumni";
import { Email } from "./common";
import { CommunityGroup, CommunityPost } from "./community";
import { MyEventSummary } from "./events";
import { ConsentAnswers, PrivacyNoticeView } from "./registration";

const CalendarMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const Text = (max: number) => z.string().trim().max(max);

export const CareerEntry = z.object({
  employer: Text(100).min(1),
  role: Text(100).nullable(),
  /** Year and month (YYYY-MM); careers are remembered by month, not by day. */
  from: CalendarMonth.nullable(),
  to: CalendarMonth.nullable(),
});
export type CareerEntry = z.infer<typeof CareerEntry>;

export const MAIL_FORMATS = ["html", "text"] as const;
export const MailFormat = z.enum(MAIL_FORMATS);

/** The alumnus's own record, as the portal shows it. */
export const MyProfile = z.object({
  familyName: z.string(),
  givenName: z.string(),
  companyName: z.string(),
  privateEmail: z.string(),
  emailVerified: z.boolean(),
  phone: z.string().nullable(),
  careerSinceLeaving: z.array(CareerEntry),
  skills: z.array(z.string()),
  currentEmployer: z.string().nullable(),
  currentRole: z.string().nullable(),
  returnInterest: ReturnInterest,
  mailFormat: MailFormat,
  registeredAt: z.string().nullable(),
});
export type MyProfile = z.infer<typeof MyProfile>;

export const MyProfilePatch = z
  .object({
    privateEmail: Email,
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[\d+\-() ]*$/)
      .nullable()
      .transform((v) => v || null),
    careerSinceLeaving: z.array(CareerEntry).max(30),
    skills: z.array(Text(50).min(1)).max(50),
    currentEmployer: Text(100)
      .nullable()
      .transform((v) => v || null),
    currentRole: Text(100)
      .nullable()
      .transform((v) => v || null),
    returnInterest: ReturnInterest,
  })
  .partial();
export type MyProfilePatch = z.infer<typeof MyProfilePatch>;

export const MySettingsPatch = z.object({ mailFormat: MailFormat });
export type MySettingsPatch = z.infer<typeof MySettingsPatch>;

export const ConsentHistoryEntry = z.object({
  purpose: ConsentPurpose,
  granted: z.boolean(),
  noticeVersion: z.number().int().nullable(),
  source: z.enum(["registration", "portal", "unsubscribe", "account_deletion"]),
  at: z.string(),
});

export const MyConsents = z.object({
  consents: ConsentAnswers,
  history: z.array(ConsentHistoryEntry),
  noticeVersion: z.number().int(),
});
export type MyConsents = z.infer<typeof MyConsents>;

export const MyConsentsInput = z.object({ consents: ConsentAnswers.partial() });
export type MyConsentsInput = z.infer<typeof MyConsentsInput>;

export const MyDataQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });

export const MyNotice = z.object({ notice: PrivacyNoticeView, reviewRequired: z.boolean(), versionSeen: z.number().int().nullable() });
export type MyNotice = z.infer<typeof MyNotice>;

export const AcknowledgeNoticeInput = z.object({ version: z.number().int().min(1) });

/** The alumni portal's home: the groups I joined, the newest posts across them and the events coming up. */
export const AlumniHome = z.object({
  groups: z.array(CommunityGroup),
  posts: z.array(CommunityPost),
  events: z.array(MyEventSummary),
});
export type AlumniHome = z.infer<typeof AlumniHome>;
