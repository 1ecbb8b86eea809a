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
export const AlumnusInput = z.object({
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
  exitType: ExitType.default("other"),
  exitReasonCategory: OptionalText(100),
  exitReasonNote: OptionalText(2000),
  skills: z.array(Text(50).min(1)).max(50).optional(),
  currentEmployer: OptionalText(100),
  currentRole: OptionalText(100),
  returnInterest: ReturnInterest.default("unknown"),
  doNotRehire: z.boolean().default(false),
  tags: z.array(Text(30).min(1)).max(30).optional(),
  hrNotes: OptionalText(5000),
  departmentHistory: z.array(DepartmentPeriod).max(50).optional(),
});
export type AlumnusInput = z.infer<typeof AlumnusInput>;

/** A partial update carries the version it was based on; a stale version is a 409. */
export const AlumnusPatch = AlumnusInput.partial().extend({ version: z.number().int().min(1) });
export type AlumnusPatch = z.infer<typeof AlumnusPatch>;

export const Alumnus = AlumnusInput.required().extend({
  id: z.string(),
  version: z.number().int(),
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
  cursor: Cursor.optional(),
  limit: Limit,
});
export type AlumniQuery = z.infer<typeof AlumniQuery>;

export const AlumniPage = pageOf(AlumnusView);
export type AlumniPage = z.infer<typeof AlumniPage>;
