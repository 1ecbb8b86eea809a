import { z } from "zod";
import { ConsentPurpose } from "../consent-purposes";

/** What an unsubscribe link is for, for the public page: no name, no address, only the company and the purpose. */
export const UnsubscribeInfo = z.object({
  tenantName: z.string(),
  /** "purpose": one consent purpose is withdrawn; "offboarding": no more graduation invitations for this case. */
  kind: z.enum(["purpose", "offboarding"]),
  purpose: ConsentPurpose.nullable(),
  /** Already unsubscribed (or the case is closed): the page says so instead of asking again. */
  done: z.boolean(),
});
export type UnsubscribeInfo = z.infer<typeof UnsubscribeInfo>;
