import { z } from "zod";
import { ConsentPurpose } from "../consent-purposes";
import { EligibilityStatus, ReturnInterest } from "./alumni";

const Year = z.number().int().min(1900).max(2100);
const Words = z.array(z.string().trim().min(1).max(50)).max(20);

/**
 * Who a newsletter or an event invitation goes to: the alumni list's filters plus events attended. Every
 * recipient must also have consented to the message's purpose; that is not a filter one can leave out.
 */
export const Segment = z
  .object({
    department: z.string().trim().min(1).max(100).optional(),
    leftFrom: Year.optional(),
    leftTo: Year.optional(),
    skills: Words.optional(),
    tags: Words.optional(),
    returnInterest: ReturnInterest.optional(),
    eligibility: EligibilityStatus.optional(),
    /** Only people checked in at this event. */
    attendedEventId: z.uuid().optional(),
  })
  .refine((s) => s.leftFrom === undefined || s.leftTo === undefined || s.leftFrom <= s.leftTo, {
    path: ["leftTo"],
    message: "leftTo must not be before leftFrom",
  });
export type Segment = z.infer<typeof Segment>;

export const SegmentCountInput = z.object({ purpose: ConsentPurpose, segment: Segment.default({}) });
export type SegmentCountInput = z.infer<typeof SegmentCountInput>;

export const SegmentCount = z.object({
  purpose: ConsentPurpose,
  /** Alumni who match the filters. */
  matching: z.number().int(),
  /** Of those, the ones who will receive it: consented, verified email, active account. */
  recipients: z.number().int(),
});
export type SegmentCount = z.infer<typeof SegmentCount>;
