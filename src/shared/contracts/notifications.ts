import { z } from "zod";
import { pageOf } from "./common";

export const NOTIFICATION_KINDS = [
  "mention",
  "comment",
  "group_approved",
  "visit_request",
  "visit_update",
  "event_promoted",
  "colleague_outreach",
  "colleague_outreach_answered",
  "referral_received",
  "position_application",
  "talk_booked",
  "talk_requested",
  "talk_update",
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * A notice for one person. `data` holds ids and short labels (a group name, a person's display name, an
 * event title) that the web turns into a sentence and a link; never a post body or other free text.
 */
export const Notification = z.object({
  id: z.uuid(),
  kind: NotificationKind,
  data: z.record(z.string(), z.string()),
  read: z.boolean(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationPage = pageOf(Notification).extend({ unread: z.number().int() });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const MarkNotificationsReadInput = z.object({ ids: z.array(z.uuid()).max(100).optional() });
export type MarkNotificationsReadInput = z.infer<typeof MarkNotificationsReadInput>;
