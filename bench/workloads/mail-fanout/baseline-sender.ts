// The baseline: bare nodemailer with `pool: true` (its defaults: 5 connections, 100 messages each) sending
// BENCH_MAIL_COUNT messages to BENCH_SMTP_URL at once, then exiting. No Okaeri code runs here.
// Env: BENCH_SMTP_URL, BENCH_MAIL_COUNT, BENCH_RUN_ID.
import nodemailer from "nodemailer";
import { announceReady } from "../../lib/child";
import { BODY_HTML, BODY_TEXT, SUBJECT } from "./message";

const url = process.env.BENCH_SMTP_URL ?? "";
const count = Number(process.env.BENCH_MAIL_COUNT ?? "0");
const runId = process.env.BENCH_RUN_ID ?? "run";
const transport = nodemailer.createTransport({ url, pool: true } as never);

announceReady(0);
const results = await Promise.allSettled(
  Array.from({ length: count }, (_, i) =>
    transport.sendMail({
      from: "Okaeri <no-reply@okaeri.local>",
      to: `baseline-${i}@example.test`,
      subject: SUBJECT,
      text: BODY_TEXT,
      html: BODY_HTML,
      messageId: `<baseline_${runId}_${i}@okaeri>`,
    }),
  ),
);
const failed = results.filter((r) => r.status === "rejected").length;
process.stdout.write(`BENCH_SENT ${count - failed} ${failed}\n`);
transport.close();
// Stay until the driver stops this process (its stop() waits for the exit).
setInterval(() => {}, 60_000);
