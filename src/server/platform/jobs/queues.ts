import { HOUSEKEEPING_JOB } from "../auth/housekeeping-job";
import { MAIL_SWEEP_JOB } from "../mail/mail-jobs";
import { MAIL_SEND_JOB } from "../mail/outbox";

/** Every queue the application uses; created at boot by web and worker processes alike. */
export const QUEUES = [MAIL_SEND_JOB, MAIL_SWEEP_JOB, HOUSEKEEPING_JOB];
