import { and, eq, like } from "drizzle-orm";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import type { ExitReason } from "../../../shared/contracts/registration";
import * as announcements from "../../features/announcements/announcements.service";
import { runDispatch } from "../../features/offboarding/graduation-dispatch";
import * as offboarding from "../../features/offboarding/offboarding.service";
import * as dsr from "../../features/privacy/dsr.service";
import * as notices from "../../features/privacy-notices/privacy-notices.service";
import { verifyEmail } from "../../features/registration/email-verification.service";
import * as registration from "../../features/registration/registration.service";
import type { TenantContext } from "../../platform/context";
import { alumni } from "../schema/alumni";
import { offboardingCases } from "../schema/graduation";
import { mailOutbox } from "../schema/mail";

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

/** Reads a link out of the mail the way the person would: from the message in the outbox. */
async function tokenFromMail(ctx: TenantContext, where: ReturnType<typeof eq>, path: string): Promise<string> {
  const rows = await ctx.db
    .select({ text: mailOutbox.textBody })
    .from(mailOutbox)
    .where(and(where, like(mailOutbox.textBody, `%/${path}#token=%`)));
  const token = rows.at(-1)?.text.match(new RegExp(`/${path}#token=([\\w-]+)`))?.[1];
  if (!token) throw new Error(`demo seed: no ${path} link in the outbox`);
  return token;
}

const graduationToken = (ctx: TenantContext, caseId: string) => tokenFromMail(ctx, eq(mailOutbox.offboardingCaseId, caseId), "graduation");
const verificationToken = (ctx: TenantContext, email: string) => tokenFromMail(ctx, eq(mailOutbox.toAddress, email), "verify-email");

interface Registrant {
  email: string;
  password?: string;
  locale: "ja" | "en";
  consents: Record<ConsentPurpose, boolean>;
  survey: { reasons: ExitReason[]; considerReturning: "yes" | "maybe" | "no"; wouldBringBack: string | null };
  profile: { skills: string[]; currentEmployer: string | null; currentRole: string | null };
  verify: boolean;
}

async function registerThroughLink(ctx: TenantContext, caseId: string, person: Registrant): Promise<void> {
  const notice = await notices.currentNotice(ctx.db, ctx.tenant.id);
  await registration.register({
    ctx: { ...ctx, locale: person.locale },
    input: {
      token: await graduationToken(ctx, caseId),
      noticeVersion: notice.version,
      email: person.email,
      signInMethod: person.password ? "password" : "magic_link",
      password: person.password ?? null,
      locale: person.locale,
      consents: person.consents,
      survey: { ...person.survey, comment: null },
      profile: person.profile,
    },
  });
  if (person.verify) await verifyEmail({ ctx, token: await verificationToken(ctx, person.email) });
}

const consents = (granted: ConsentPurpose[]): Record<ConsentPurpose, boolean> => ({
  company_news: granted.includes("company_news"),
  events: granted.includes("events"),
  job_opportunities: granted.includes("job_opportunities"),
  community_news: granted.includes("community_news"),
  referral_requests: granted.includes("referral_requests"),
  alumni_visibility: granted.includes("alumni_visibility"),
});

/**
 * The graduation flow as a company would have lived it: a revised privacy notice, leavers with invitations
 * scheduled, sent, declined and expired, alumni who registered through their link (the demo alumnus among them),
 * an announcement to those who agreed to company news, and data-subject requests in the queue.
 */
export async function seedDemoGraduation(ctx: TenantContext, alumnusAccount: { email: string; password: string }): Promise<void> {
  const first = await notices.currentNotice(ctx.db, ctx.tenant.id);
  await notices.publishNotice({
    ctx,
    input: {
      bodyJa: `${first.bodyJa}\n\n## イベントでの写真について\n交流会などのイベントで撮影した写真は、参加者の同意を得たうえで社内報およびアルムナイポータルに掲載することがあります。`,
      bodyEn: `${first.bodyEn}\n\n## Photos at events\nPhotos taken at alumni events may appear in the company newsletter and the alumni portal, with the consent of the people shown.`,
      changeSummary: "イベントで撮影した写真の取り扱いを追記しました。",
      baseVersion: first.version,
    },
  });

  const leavers = [
    { familyName: "石井", givenName: "遼", department: "エンジニアリング部", lastDay: isoDate(24), workEmail: "ryo.ishii@sakura-tech.example" },
    { familyName: "前田", givenName: "彩", department: "営業部", lastDay: isoDate(12), workEmail: "aya.maeda@sakura-tech.example" },
    { familyName: "岡田", givenName: "真央", department: "人事部", lastDay: isoDate(4), workEmail: "mao.okada@sakura-tech.example", now: true },
    {
      familyName: "Fujii",
      givenName: "Yamato",
      department: "マーケティング部",
      lastDay: isoDate(3),
      workEmail: "yamato.fujii@sakura-tech.example",
      now: true,
      locale: "en" as const,
    },
    {
      familyName: "原田",
      givenName: "美月",
      department: "カスタマーサクセス部",
      lastDay: isoDate(-20),
      workEmail: "mizuki.harada@sakura-tech.example",
      now: true,
    },
    { familyName: "松井", givenName: "健", department: "経理部", lastDay: isoDate(-75), workEmail: "ken.matsui@sakura-tech.example", now: true },
    {
      familyName: "山本",
      givenName: "翔太",
      department: "エンジニアリング部",
      lastDay: isoDate(-45),
      workEmail: "shota.yamamoto@sakura-tech.example",
      now: true,
    },
    {
      familyName: "西村",
      givenName: "千尋",
      department: "プロダクト企画部",
      lastDay: isoDate(-30),
      workEmail: "chihiro.nishimura@sakura-tech.example",
      now: true,
    },
  ];
  const created = new Map<string, string>();
  for (const leaver of leavers) {
    const row = await offboarding.createCase({
      ctx,
      input: {
        familyName: leaver.familyName,
        givenName: leaver.givenName,
        department: leaver.department,
        lastDay: leaver.lastDay,
        workEmail: leaver.workEmail,
        locale: leaver.locale ?? "ja",
        sendAt: leaver.now ? new Date().toISOString() : null,
      },
    });
    created.set(leaver.workEmail, row.id);
  }
  await runDispatch(ctx.deps);

  const caseOf = (email: string) => created.get(email) as string;
  await registerThroughLink(ctx, caseOf("shota.yamamoto@sakura-tech.example"), {
    email: alumnusAccount.email,
    password: alumnusAccount.password,
    locale: "ja",
    consents: consents(["company_news", "events", "community_news", "job_opportunities", "referral_requests"]),
    survey: {
      reasons: ["career_growth", "work_content"],
      considerReturning: "yes",
      wouldBringBack: "クラウド基盤の新規開発に携われるポジションがあれば、ぜひ戻りたいです。",
    },
    profile: { skills: ["Go", "Kubernetes", "AWS"], currentEmployer: "株式会社ミライクラウド", currentRole: "SRE" },
    verify: true,
  });
  await registerThroughLink(ctx, caseOf("chihiro.nishimura@sakura-tech.example"), {
    email: "chihiro.n@example.jp",
    locale: "ja",
    consents: consents(["company_news", "events", "community_news", "alumni_visibility"]),
    survey: { reasons: ["further_study"], considerReturning: "maybe", wouldBringBack: "大学院修了後、UXリサーチの経験を活かせる場があれば検討したいです。" },
    profile: { skills: ["UXリサーチ", "Figma"], currentEmployer: "東京工科大学大学院", currentRole: "修士課程" },
    verify: true,
  });
  await offboarding.declineByToken({ ctx, token: await graduationToken(ctx, caseOf("mizuki.harada@sakura-tech.example")) });
  await ctx.db
    .update(offboardingCases)
    .set({ tokenExpiresAt: new Date(Date.now() - DAY_MS) })
    .where(eq(offboardingCases.id, caseOf("ken.matsui@sakura-tech.example")));
  await runDispatch(ctx.deps);

  const directory = await ctx.db.select({ id: alumni.id, privateEmail: alumni.privateEmail }).from(alumni).where(eq(alumni.tenantId, ctx.tenant.id));
  const withPrivateEmail = directory.filter((row) => row.privateEmail).slice(0, 6);
  await offboarding.bulkInvite({
    ctx,
    input: { alumnusIds: withPrivateEmail.map((row) => row.id), legalBasis: "prior_notice_at_exit", legalBasisNote: null, confirmed: true },
  });
  await runDispatch(ctx.deps);
  const bulkCases = await ctx.db
    .select({ id: offboardingCases.id, privateEmail: offboardingCases.privateEmail })
    .from(offboardingCases)
    .where(and(eq(offboardingCases.tenantId, ctx.tenant.id), eq(offboardingCases.source, "bulk")));
  const answers: Pick<Registrant, "consents" | "survey" | "profile" | "locale">[] = [
    {
      locale: "ja",
      consents: consents(["company_news", "events", "job_opportunities", "alumni_visibility"]),
      survey: { reasons: ["compensation", "career_growth"], considerReturning: "yes", wouldBringBack: "裁量のあるリーダー職であれば前向きに考えます。" },
      profile: { skills: ["法人営業", "Salesforce"], currentEmployer: "株式会社ネクストリンク", currentRole: "営業マネージャー" },
    },
    {
      locale: "en",
      consents: consents(["company_news", "referral_requests"]),
      survey: { reasons: ["relocation_family"], considerReturning: "maybe", wouldBringBack: "A remote-friendly role would make it possible." },
      profile: { skills: ["TypeScript", "React"], currentEmployer: "Freelance", currentRole: "Frontend engineer" },
    },
    {
      locale: "ja",
      consents: consents(["events"]),
      survey: { reasons: ["work_style"], considerReturning: "no", wouldBringBack: null },
      profile: { skills: [], currentEmployer: null, currentRole: null },
    },
  ];
  for (const [index, answer] of answers.entries()) {
    const bulkCase = bulkCases[index];
    if (!bulkCase?.privateEmail) continue;
    await registerThroughLink(ctx, bulkCase.id, { ...answer, email: bulkCase.privateEmail, verify: true });
  }

  const registered = await ctx.db
    .select({ id: alumni.id, privateEmail: alumni.privateEmail })
    .from(alumni)
    .where(and(eq(alumni.tenantId, ctx.tenant.id), like(alumni.privateEmail, "%@example.jp")));
  const subject = registered.find((row) => row.privateEmail === "chihiro.n@example.jp");
  if (subject) {
    await dsr.openRequestForSubject({
      ctx,
      input: {
        alumnusId: subject.id,
        kind: "export",
        details: "大学院の研究で必要なため、登録されている情報の写しをいただけますでしょうか。（メールでのご依頼）",
      },
    });
  }

  await announcements.createAnnouncement({
    ctx,
    input: {
      purpose: "company_news",
      segment: {},
      subjectJa: "アルムナイネットワークを始めました",
      bodyJa:
        "皆さま、いつもありがとうございます。\n\n株式会社さくらテクノロジーは、卒業された皆さまとのつながりを大切にするため、アルムナイネットワークを始めました。今後は会社の近況やイベントのご案内をお届けします。\n\nいつでも「おかえりなさい」と言える会社でありたいと考えています。引き続きどうぞよろしくお願いいたします。",
      subjectEn: "Our alumni network has started",
      bodyEn:
        "Thank you for staying in touch.\n\nSakura Technology has started an alumni network to keep in touch with everyone who has graduated from the company. We will share company news and invitations to events.\n\nOur door is always open. We look forward to staying connected.",
    },
  });
}
