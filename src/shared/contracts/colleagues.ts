import { z } from "zod";
import { OneLine } from "./common";

const CalendarDate = z.iso.date();

/** One stretch in one department; `toDate` null means "still there". The service checks order and overlaps. */
export const MemberDepartmentPeriod = z.object({
  department: OneLine(100),
  fromDate: CalendarDate,
  toDate: CalendarDate.nullable(),
});
export type MemberDepartmentPeriod = z.infer<typeof MemberDepartmentPeriod>;

/** The whole list replaces the stored one (at most 30 periods, checked with a readable message by the service). */
export const MemberDepartmentsInput = z.object({ periods: z.array(MemberDepartmentPeriod).max(200) });
export type MemberDepartmentsInput = z.infer<typeof MemberDepartmentsInput>;

export const MemberDepartments = z.object({
  userId: z.uuid(),
  name: z.string(),
  periods: z.array(MemberDepartmentPeriod),
  /** Departments already named in this company (members, alumni, positions), for the editor's suggestions. */
  knownDepartments: z.array(z.string()),
});
export type MemberDepartments = z.infer<typeof MemberDepartments>;

/** The time two people shared one department, both ends inclusive. */
export const SharedPeriod = z.object({
  department: z.string(),
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  months: z.number().int(),
});
export type SharedPeriod = z.infer<typeof SharedPeriod>;

/** A current member who worked with the alumnus: every shared department, the total and the latest shared day. */
export const FormerColleague = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(["admin", "hr", "manager", "employee"]),
  periods: z.array(SharedPeriod),
  overlapDays: z.number().int(),
  overlapMonths: z.number().int(),
  lastTogether: z.string(),
});
export type FormerColleague = z.infer<typeof FormerColleague>;

export const FormerColleagueList = z.object({
  items: z.array(FormerColleague),
  /** Whether the alumnus's own department history is known at all (the empty state explains what is missing). */
  alumnusHasHistory: z.boolean(),
  /** Whether the alumnus agreed to referral requests; shown beside the outreach button, not a gate for it. */
  consentsToReferralRequests: z.boolean(),
});
export type FormerColleagueList = z.infer<typeof FormerColleagueList>;

export const OUTREACH_STATUSES = ["requested", "reached_out", "not_possible"] as const;
export const OutreachStatus = z.enum(OUTREACH_STATUSES);
export type OutreachStatus = z.infer<typeof OutreachStatus>;

export const OUTREACH_OUTCOMES = ["interested", "not_now", "no_answer"] as const;
export const OutreachOutcome = z.enum(OUTREACH_OUTCOMES);
export type OutreachOutcome = z.infer<typeof OutreachOutcome>;

export const OutreachRequestInput = z.object({
  employeeUserId: z.uuid(),
  suggestedMessage: z.string().trim().min(1).max(2000),
});
export type OutreachRequestInput = z.infer<typeof OutreachRequestInput>;

export const OutreachOutcomeInput = z.object({
  status: z.enum(["reached_out", "not_possible"]),
  /** Required when reached out; must be left out when it was not possible. */
  outcome: OutreachOutcome.nullish(),
  note: z.string().trim().max(1000).nullish(),
});
export type OutreachOutcomeInput = z.infer<typeof OutreachOutcomeInput>;

/** HR's view of one request about an alumnus. */
export const Outreach = z.object({
  id: z.uuid(),
  alumnusId: z.uuid(),
  employee: z.object({ userId: z.uuid(), name: z.string() }),
  requestedByName: z.string().nullable(),
  suggestedMessage: z.string(),
  status: OutreachStatus,
  outcome: OutreachOutcome.nullable(),
  outcomeNote: z.string().nullable(),
  respondedAt: z.string().nullable(),
  createdAt: z.string(),
  /** The candidacy started from an "interested" answer, once HR added it. */
  candidateId: z.uuid().nullable(),
});
export type Outreach = z.infer<typeof Outreach>;

export const OutreachList = z.object({ items: z.array(Outreach) });
export type OutreachList = z.infer<typeof OutreachList>;

/** The employee's view of a request to them: whom to contact, where they overlapped, what HR suggests saying. */
export const MyOutreach = z.object({
  id: z.uuid(),
  alumnus: z.object({ id: z.uuid(), name: z.string(), currentEmployer: z.string().nullable(), currentRole: z.string().nullable() }),
  periods: z.array(SharedPeriod),
  requestedByName: z.string().nullable(),
  suggestedMessage: z.string(),
  status: OutreachStatus,
  outcome: OutreachOutcome.nullable(),
  outcomeNote: z.string().nullable(),
  respondedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MyOutreach = z.infer<typeof MyOutreach>;

export const MyOutreachList = z.object({ items: z.array(MyOutreach) });
export type MyOutreachList = z.infer<typeof MyOutreachList>;

export const OutreachCandidacy = z.object({ candidateId: z.uuid(), created: z.boolean() });
export type OutreachCandidacy = z.infer<typeof OutreachCandidacy>;

/** An alumnus I worked with who agreed to referral requests: only what a referrer needs. */
export const MyFormerColleague = z.object({
  alumnusId: z.uuid(),
  name: z.string(),
  currentEmployer: z.string().nullable(),
  currentRole: z.string().nullable(),
  periods: z.array(SharedPeriod),
  overlapDays: z.number().int(),
  overlapMonths: z.number().int(),
});
export type MyFormerColleague = z.infer<typeof MyFormerColleague>;

export const MyFormerColleagueList = z.object({ items: z.array(MyFormerColleague) });
export type MyFormerColleagueList = z.infer<typeof MyFormerColleagueList>;
