import type { TFunction } from "i18next";
import { WEBHOOK_TEST_EVENT } from "../../../../shared/contracts/webhooks";
import type { WebhookEvent } from "../../../../shared/webhook-events";

/** i18n keys cannot contain the events' dots, so each event names its key here. */
const EVENT_KEYS = {
  "alumnus.registered": "webhooks.eventNames.alumnus_registered",
  "offboarding.case.created": "webhooks.eventNames.offboarding_case_created",
  "offboarding.case.invited": "webhooks.eventNames.offboarding_case_invited",
  "offboarding.case.reminded": "webhooks.eventNames.offboarding_case_reminded",
  "offboarding.case.registered": "webhooks.eventNames.offboarding_case_registered",
  "offboarding.case.declined": "webhooks.eventNames.offboarding_case_declined",
  "offboarding.case.expired": "webhooks.eventNames.offboarding_case_expired",
  "offboarding.case.cancelled": "webhooks.eventNames.offboarding_case_cancelled",
  "candidate.hired": "webhooks.eventNames.candidate_hired",
} as const satisfies Record<WebhookEvent, string>;

export function eventLabel(t: TFunction, event: string): string {
  if (event === WEBHOOK_TEST_EVENT) return t("webhooks.eventNames.ping");
  const key = EVENT_KEYS[event as WebhookEvent];
  return key ? t(key) : event;
}
