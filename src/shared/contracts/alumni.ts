import { z } from "zod";
import { Cursor, Limit, pageOf } from "./common";

export const EXIT_TYPES = ["voluntary", "contract_end", "retirement", "company_initiated", "other"] as const;
export const ExitType = z.enum(EXIT_TYPES);
export type ExitType = z.infer<typeof ExitType>;

export const RETURN_INTERESTS = ["yes", "maybe", "no", "unknown"] as const;
export const ReturnInterest = z.enum(RETURN_INTERESTS);
export type ReturnInterest = z.infer<typeof ReturnInterest>;

const CalendarDate = z.iso.date();
const Text = (max: number) => z.string().trim().max(max);
const OptionalText = (max: number) => Text(max).nullable().optional();

export const SnsLink = z.object({ label: Text(50).min(1), url: z.url().max(500) });
export const DepartmentPeriod = z.object({ department: Text(100).min(1), from: CalendarDate, to: CalendarDate.nullable() });
export type DepartmentPeriod = z.infer<typeof DepartmentPeriod>;

/** Every field of an alumnus a person may write; the server adds id, version and timestamps. */
const AlumnusFields = z.object({
  employeeNumber: z
    .string()
    .trim()
    .max(50)
    .regex(/^[\w-]+$/)
    .nullable()
    .optional(),
  familyName: Text(50).min(1),
  givenName: Text(50).min(1),
  familyNameKana: OptionalText(100),
  givenNameKana: OptionalText(100),
  formerFamilyName: OptionalText(50),
  birthDate: CalendarDate.nullable().optional(),
  workEmail: z.email().max(254).nullable().optional(),
  privateEmail: z.email().max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[\d+\-() ]*$/)
    .nullable()
    .optional(),
  snsLinks: z.array(SnsLink).max(10).optional(),
  department: OptionalText(100),
  jobTitle: OptionalText(100),
  grade: OptionalText(50),
  employmentType: OptionalText(50),
  hireDate: CalendarDate.nullable().optional(),
  leaveDate: CalendarDate,
  exitType: ExitType,
  exitReasonCategory: OptionalText(100),
  exitReasonNote: OptionalText(2000),
  skills: z.array(Text(50).min(1)).max(50).optional(),
  currentEmployer: OptionalText(100),
  currentRole: OptionalText(100),
  returnInterest: ReturnInterest,
  doNotRehire: z.boolean(),
  tags: z.array(Text(30).min(1)).max(30).optional(),
  hrNotes: OptionalText(5000),
  departmentHistory: z.array(DepartmentPeriod).max(50).optional(),
});

/** A new record: the three judgements default to "other", "unknown" and false. */
export const AlumnusInput = AlumnusFields.extend({
  exitType: ExitType.default("other"),
  returnInterest: ReturnInterest.default("unknown"),
  doNotRehire: z.boolean().default(false),
});
export type AlumnusInput = z.infer<typeof AlumnusInput>;

/** A partial update (no defaults: what is absent stays) with the version it was based on; stale → 409. */
export const AlumnusPatch = AlumnusFields.partial().extend({ version: z.number().int().min(1) });
export type AlumnusPatch = z.infer<typeof AlumnusPatch>;

export const Alumnus = AlumnusFields.required().extend({
  id: z.string(),
  version: z.number().int(),
  /** Eligibility for rehire after any HR override; explained by GET /alumni/{id}/eligibility. */
  eligibility: z.enum(["eligible", "ineligible", "needs_review"]),
  /** The alumnus's own "open to returning" signal from the job board, with what they look for (read-only here). */
  openToReturn: z.boolean(),
  lookingFor: z.string().nullable(),
  openToReturnAt: z.string().nullable(),
  /** When the pipeline hired the alumnus back (復帰済み); null until then. */
  returnedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Alumnus = z.infer<typeof Alumnus>;

/** What a hiring manager sees: no exit reason note, no HR notes, no date of birth. */
export const RestrictedAlumnus = Alumnus.omit({ exitReasonNote: true, hrNotes: true, birthDate: true });
export type RestrictedAlumnus = z.infer<typeof RestrictedAlumnus>;

export const AlumnusView = z.union([Alumnus, RestrictedAlumnus]);
export type AlumnusView = z.infer<typeof AlumnusView>;

const csv = z
  .string()
  .max(500)
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const AlumniQuery = z.object({
  q: z.string().max(200).optional(),
  department: z.string().max(100).optional(),
  leftFrom: z.coerce.number().int().min(1900).max(2100).optional(),
  leftTo: z.coerce.number().int().min(1900).max(2100).optional(),
  exitType: ExitType.optional(),
  returnInterest: ReturnInterest.optional(),
  skills: csv.optional(),
  tags: csv.optional(),
  eligibility: z.enum(["eligible", "ineligible", "needs_review"]).optional(),
  /** "true": only alumni who said on the job board that they are open to returning. */
  openToReturn: z.enum(["true"]).optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type AlumniQuery = z.infer<typeof AlumniQuery>;

export const AlumniPage = pageOf(AlumnusView);
export type AlumniPage = z.infer<typeof AlumniPage>;

export const ELIGIBILITY_STATUSES = ["eligible", "ineligible", "needs_review"] as const;
export const EligibilityStatus = z.enum(ELIGIBILITY_STATUSES);
export type EligibilityStatus = z.infer<typeof EligibilityStatus>;

export const EligibilityReason = z.object({ code: z.string(), message: z.string() });
export type EligibilityReason = z.infer<typeof EligibilityReason>;

/** The verdict for one alumnus, with its reasons in plain words; an HR override wins, with its reason. */
export const Eligibility = z.object({
  status: EligibilityStatus,
  computed: EligibilityStatus,
  reasons: z.array(EligibilityReason),
  override: z.object({ status: z.enum(["eligible", "ineligible"]), reason: z.string() }).nullable(),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const EligibilityRules = z.object({
  minTenureMonths: z.number().int().min(0).max(600).nullable(),
  allowedExitTypes: z.array(ExitType).min(1),
  maxYearsSinceLeaving: z.number().int().min(0).max(60).nullable(),
  excludeDoNotRehire: z.boolean(),
});
export type EligibilityRules = z.infer<typeof EligibilityRules>;

export const EligibilityOverrideInput = z.object({
  status: z.enum(["eligible", "ineligible"]).nullable(),
  reason: z.string().trim().min(1).max(500).nullable(),
});
export type EligibilityOverrideInput = z.infer<typeof EligibilityOverrideInput>;

export const BulkTagInput = z
  .object({
    ids: z.array(z.uuid()).min(1).max(1000),
    add: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
    remove: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  })
  .refine((v) => v.add.length + v.remove.length > 0, { message: "add or remove is required", path: ["add"] });
export type BulkTagInput = z.infer<typeof BulkTagInput>;
