import { stringify } from "csv-stringify/sync";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { NotFound } from "../../platform/errors/domain-error";
import { neutraliseCell } from "../alumni/alumni-export.service";
import { communityForExport } from "../community/community.service";
import { consentHistory, currentConsents } from "../consents/consents.service";
import { eventRsvpsForExport } from "../events/events.service";
import { visitsForExport } from "../visits/visits.service";
import * as repo from "./my-data.repo";

type Cell = string | number | boolean | null;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Everything Okaeri holds about one alumnus of one tenant (APPI disclosure / GDPR access). */
export interface PersonalDataExport {
  generatedAt: string;
  company: string | null;
  account: {
    email: string;
    locale: string;
    emailVerifiedAt: string | null;
    createdAt: string;
    membershipStatus: string | null;
    membershipCreatedAt: string | null;
  } | null;
  directoryRecord: {
    id: string;
    employeeNumber: string | null;
    familyName: string;
    givenName: string;
    familyNameKana: string | null;
    givenNameKana: string | null;
    formerFamilyName: string | null;
    birthDate: string | null;
    workEmail: string | null;
    privateEmail: string | null;
    phone: string | null;
    snsLinks: { label: string; url: string }[];
    department: string | null;
    jobTitle: string | null;
    grade: string | null;
    employmentType: string | null;
    hireDate: string | null;
    leaveDate: string;
    exitType: string;
    exitReasonCategory: string | null;
    exitReasonNote: string | null;
    skills: string[];
    currentEmployer: string | null;
    currentRole: string | null;
    returnInterest: string;
    doNotRehire: boolean;
    tags: string[];
    hrNotes: string | null;
    eligibility: string;
    eligibilityOverride: string | null;
    eligibilityOverrideReason: string | null;
    careerSinceLeaving: { employer: string; role: string | null; from: string | null; to: string | null }[];
    registeredAt: string | null;
    noticeVersionSeen: number | null;
    mailFormat: string;
    createdAt: string;
    updatedAt: string;
  };
  departmentHistory: { department: string; from: string; to: string | null }[];
  consents: { purpose: ConsentPurpose; granted: boolean }[];
  consentHistory: { purpose: ConsentPurpose; granted: boolean; noticeVersion: number | null; source: string; at: string }[];
  exitSurveys: { submittedAt: string; reasons: string[]; considerReturning: string; wouldBringBack: string | null; comment: string | null }[];
  offboardingCases: {
    id: string;
    status: string;
    employeeNumber: string | null;
    familyName: string;
    givenName: string;
    workEmail: string | null;
    privateEmail: string | null;
    department: string | null;
    lastDay: string;
    locale: string;
    invitedAt: string | null;
    remindedAt: string | null;
    registeredAt: string | null;
    declinedAt: string | null;
    createdAt: string;
  }[];
  mail: {
    createdAt: string;
    sentAt: string | null;
    to: string;
    subject: string;
    template: string;
    purpose: string | null;
    status: string;
    /** Only for newsletters of a company that measures opens. */
    openedAt: string | null;
  }[];
  subjectRequests: { id: string; kind: string; status: string; details: string | null; createdAt: string; dueAt: string; completedAt: string | null }[];
  /** OB/OG visits the alumnus was asked for (the candidate's email is the company's, not theirs). */
  visits: Awaited<ReturnType<typeof visitsForExport>>;
  /** Answers to event invitations, with attendance. */
  eventRsvps: Awaited<ReturnType<typeof eventRsvpsForExport>>;
  /** Community groups, posts, comments, reactions and reports of the person (and suspensions of them). */
  community: Awaited<ReturnType<typeof communityForExport>>;
  /** The way back: "open to returning", applications and candidacies (no HR notes), casual talks (no host notes), saved positions. */
  recruiting: {
    openToReturn: { open: boolean; lookingFor: string | null; since: string | null; returnedAt: string | null };
    candidacies: {
      id: string;
      position: string | null;
      stage: string;
      stageKind: string;
      source: string;
      createdAt: string;
      stageEnteredAt: string;
      hiredAt: string | null;
      closedAt: string | null;
    }[];
    casualTalks: {
      id: string;
      status: string;
      position: string | null;
      startsAt: string | null;
      endsAt: string | null;
      format: string;
      note: string | null;
      cancelledBy: string | null;
      createdAt: string;
    }[];
    savedPositions: { positionId: string; position: string; savedAt: string }[];
  };
}

/**
 * Everything Okaeri holds about the person, read from every domain. Reading is not audited here: each caller
 * (the alumnus's own download, HR's answer to an export request) records its own audit row.
 */
export async function collectPersonalData(db: Db, tenantId: string, alumnusId: string): Promise<PersonalDataExport> {
  const a = await repo.findAlumnus(db, tenantId, alumnusId);
  if (!a) throw NotFound();
  const cases = await repo.offboardingCasesOf(db, tenantId, alumnusId);
  const [company, account, history, consents, consentEvents, surveys, mail, requests] = await Promise.all([
    repo.tenantName(db, tenantId),
    a.userId ? repo.account(db, tenantId, a.userId) : Promise.resolve(undefined),
    repo.departmentHistory(db, tenantId, alumnusId),
    currentConsents(db, tenantId, alumnusId),
    consentHistory(db, tenantId, alumnusId),
    repo.exitSurveysOf(db, tenantId, alumnusId),
    repo.mailOf(
      db,
      tenantId,
      alumnusId,
      cases.map((c) => c.id),
    ),
    repo.subjectRequestsOf(db, tenantId, alumnusId),
  ]);
  const visits = await visitsForExport(db, tenantId, alumnusId);
  const eventRsvps = await eventRsvpsForExport(db, tenantId, alumnusId);
  const community = await communityForExport(db, tenantId, a.userId);
  const [candidacies, talks, saved] = await Promise.all([
    repo.candidaciesOf(db, tenantId, alumnusId, a.privateEmail),
    repo.casualTalksOf(db, tenantId, alumnusId),
    repo.savedPositionsOf(db, tenantId, alumnusId),
  ]);
  const title = (ja: string | null, en: string | null) => (ja && en ? `${ja} / ${en}` : (ja ?? en));
  return {
    generatedAt: new Date().toISOString(),
    company,
    account: account
      ? {
          email: account.email,
          locale: account.locale,
          emailVerifiedAt: iso(account.emailVerifiedAt),
          createdAt: account.createdAt.toISOString(),
          membershipStatus: account.membershipStatus,
          membershipCreatedAt: iso(account.membershipCreatedAt),
        }
      : null,
    directoryRecord: {
      id: a.id,
      employeeNumber: a.employeeNumber,
      familyName: a.familyName,
      givenName: a.givenName,
      familyNameKana: a.familyNameKana,
      givenNameKana: a.givenNameKana,
      formerFamilyName: a.formerFamilyName,
      birthDate: a.birthDate,
      workEmail: a.workEmail,
      privateEmail: a.privateEmail,
      phone: a.phone,
      snsLinks: a.snsLinks,
      department: a.department,
      jobTitle: a.jobTitle,
      grade: a.grade,
      employmentType: a.employmentType,
      hireDate: a.hireDate,
      leaveDate: a.leaveDate,
      exitType: a.exitType,
      exitReasonCategory: a.exitReasonCategory,
      exitReasonNote: a.exitReasonNote,
      skills: a.skills,
      currentEmployer: a.currentEmployer,
      currentRole: a.currentRole,
      returnInterest: a.returnInterest,
      doNotRehire: a.doNotRehire,
      tags: a.tags,
      hrNotes: a.hrNotes,
      eligibility: a.eligibility,
      eligibilityOverride: a.eligibilityOverride,
      eligibilityOverrideReason: a.eligibilityOverrideReason,
      careerSinceLeaving: a.careerSinceLeaving,
      registeredAt: iso(a.registeredAt),
      noticeVersionSeen: a.noticeVersionSeen,
      mailFormat: a.mailFormat,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    },
    departmentHistory: history.map((h) => ({ department: h.department, from: h.fromDate, to: h.toDate })),
    consents: Object.entries(consents).map(([purpose, granted]) => ({ purpose: purpose as ConsentPurpose, granted })),
    consentHistory: consentEvents,
    exitSurveys: surveys.map((s) => ({
      submittedAt: s.submittedAt.toISOString(),
      reasons: s.reasons,
      considerReturning: s.considerReturning,
      wouldBringBack: s.wouldBringBack,
      comment: s.comment,
    })),
    offboardingCases: cases.map((c) => ({
      id: c.id,
      status: c.status,
      employeeNumber: c.employeeNumber,
      familyName: c.familyName,
      givenName: c.givenName,
      workEmail: c.workEmail,
      privateEmail: c.privateEmail,
      department: c.department,
      lastDay: c.lastDay,
      locale: c.locale,
      invitedAt: iso(c.invitedAt),
      remindedAt: iso(c.remindedAt),
      registeredAt: iso(c.registeredAt),
      declinedAt: iso(c.declinedAt),
      createdAt: c.createdAt.toISOString(),
    })),
    mail: mail.map((m) => ({
      createdAt: m.createdAt.toISOString(),
      sentAt: iso(m.sentAt),
      to: m.toAddress,
      subject: m.subject,
      template: m.template,
      purpose: m.purpose,
      status: m.status,
      openedAt: iso(m.openedAt),
    })),
    subjectRequests: requests.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      details: r.details,
      createdAt: r.createdAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      completedAt: iso(r.completedAt),
    })),
    visits,
    eventRsvps,
    community,
    recruiting: {
      openToReturn: { open: a.openToReturn, lookingFor: a.lookingFor, since: iso(a.openToReturnAt), returnedAt: iso(a.returnedAt) },
      candidacies: candidacies.map((c) => ({
        id: c.id,
        position: title(c.positionTitleJa, c.positionTitleEn),
        stage: c.stageKey,
        stageKind: c.stageKind,
        source: c.source,
        createdAt: c.createdAt.toISOString(),
        stageEnteredAt: c.stageEnteredAt.toISOString(),
        hiredAt: iso(c.hiredAt),
        closedAt: iso(c.closedAt),
      })),
      casualTalks: talks.map((c) => ({
        id: c.id,
        status: c.status,
        position: title(c.positionTitleJa, c.positionTitleEn),
        startsAt: iso(c.startsAt),
        endsAt: iso(c.endsAt),
        format: c.format,
        note: c.note,
        cancelledBy: c.cancelledBy,
        createdAt: c.createdAt.toISOString(),
      })),
      savedPositions: saved.map((p) => ({ positionId: p.positionId, position: title(p.titleJa, p.titleEn) ?? "", savedAt: p.savedAt.toISOString() })),
    },
  };
}

type Labelled = { ja: string; en: string };
interface Section {
  title: Labelled;
  columns: Labelled[];
  rows: Cell[][];
}

const L = (ja: string, en: string): Labelled => ({ ja, en });
const cellText = (value: Cell): string => (value === null ? "" : typeof value === "boolean" ? (value ? "true" : "false") : String(value));
const joined = (values: string[]) => values.join(" / ");

function sectionsOf(d: PersonalDataExport, locale: Locale): Section[] {
  /** One key/value table: used for the single-record categories. */
  const fieldsSection = (title: Labelled, fields: [Labelled, Cell][]): Section => ({
    title,
    columns: [L("項目", "Field"), L("値", "Value")],
    rows: fields.map(([label, value]) => [label[locale], value]),
  });
  const r = d.directoryRecord;
  const sections: Section[] = [];
  if (d.account) {
    sections.push(
      fieldsSection(L("アカウント", "Account"), [
        [L("メールアドレス", "Email"), d.account.email],
        [L("表示言語", "Language"), d.account.locale],
        [L("メールアドレス確認日時", "Email verified at"), d.account.emailVerifiedAt],
        [L("作成日時", "Created at"), d.account.createdAt],
        [L("メンバーシップの状態", "Membership status"), d.account.membershipStatus],
      ]),
    );
  }
  sections.push(
    fieldsSection(L("アルムナイ名簿の登録内容", "Alumni directory record"), [
      [L("会社", "Company"), d.company],
      [L("社員番号", "Employee number"), r.employeeNumber],
      [L("姓", "Family name"), r.familyName],
      [L("名", "Given name"), r.givenName],
      [L("姓（フリガナ）", "Family name (kana)"), r.familyNameKana],
      [L("名（フリガナ）", "Given name (kana)"), r.givenNameKana],
      [L("旧姓", "Former family name"), r.formerFamilyName],
      [L("生年月日", "Date of birth"), r.birthDate],
      [L("在籍時メールアドレス", "Work email"), r.workEmail],
      [L("個人メールアドレス", "Private email"), r.privateEmail],
      [L("電話番号", "Phone"), r.phone],
      [L("SNS", "Social links"), joined(r.snsLinks.map((s) => `${s.label}: ${s.url}`))],
      [L("部署", "Department"), r.department],
      [L("役職", "Job title"), r.jobTitle],
      [L("等級", "Grade"), r.grade],
      [L("雇用形態", "Employment type"), r.employmentType],
      [L("入社日", "Hire date"), r.hireDate],
      [L("退職日", "Leave date"), r.leaveDate],
      [L("退職区分", "Exit type"), r.exitType],
      [L("退職理由区分", "Exit reason"), r.exitReasonCategory],
      [L("退職理由メモ", "Exit reason note"), r.exitReasonNote],
      [L("スキル", "Skills"), joined(r.skills)],
      [L("現在の勤務先", "Current employer"), r.currentEmployer],
      [L("現在の役職", "Current role"), r.currentRole],
      [L("復帰意向", "Interest in returning"), r.returnInterest],
      [L("再雇用不可", "Do not rehire"), r.doNotRehire],
      [L("タグ", "Tags"), joined(r.tags)],
      [L("人事メモ", "HR notes"), r.hrNotes],
      [L("再雇用の可否", "Eligibility"), r.eligibility],
      [L("再雇用の可否（人事の判断）", "Eligibility override"), r.eligibilityOverride],
      [L("人事の判断の理由", "Override reason"), r.eligibilityOverrideReason],
      [L("登録日時", "Registered at"), r.registeredAt],
      [L("確認済みのプライバシーポリシー版", "Privacy notice version read"), r.noticeVersionSeen],
      [L("メール形式", "Mail format"), r.mailFormat],
      [L("作成日時", "Created at"), r.createdAt],
      [L("更新日時", "Updated at"), r.updatedAt],
    ]),
  );
  sections.push(
    {
      title: L("在籍中の部署歴", "Department history"),
      columns: [L("部署", "Department"), L("開始日", "From"), L("終了日", "To")],
      rows: d.departmentHistory.map((h) => [h.department, h.from, h.to]),
    },
    {
      title: L("退職後の経歴", "Career since leaving"),
      columns: [L("勤務先", "Employer"), L("役職", "Role"), L("開始", "From"), L("終了", "To")],
      rows: r.careerSinceLeaving.map((c) => [c.employer, c.role, c.from, c.to]),
    },
    {
      title: L("同意の現在の状態", "Current consents"),
      columns: [L("目的", "Purpose"), L("同意", "Granted")],
      rows: d.consents.map((c) => [c.purpose, c.granted]),
    },
    {
      title: L("同意の履歴", "Consent history"),
      columns: [L("日時", "At"), L("目的", "Purpose"), L("同意", "Granted"), L("プライバシーポリシー版", "Notice version"), L("経路", "Source")],
      rows: d.consentHistory.map((e) => [e.at, e.purpose, e.granted, e.noticeVersion, e.source]),
    },
    {
      title: L("退職時アンケート", "Exit survey"),
      columns: [
        L("回答日時", "Submitted at"),
        L("退職の理由", "Reasons"),
        L("復帰の可能性", "Would consider returning"),
        L("戻るきっかけ", "What would bring you back"),
        L("コメント", "Comment"),
      ],
      rows: d.exitSurveys.map((s) => [s.submittedAt, joined(s.reasons), s.considerReturning, s.wouldBringBack, s.comment]),
    },
    {
      title: L("退職手続き（卒業のご案内）", "Offboarding cases"),
      columns: [
        L("ID", "ID"),
        L("状態", "Status"),
        L("社員番号", "Employee number"),
        L("氏名", "Name"),
        L("在籍時メールアドレス", "Work email"),
        L("個人メールアドレス", "Private email"),
        L("部署", "Department"),
        L("最終出社日", "Last day"),
        L("案内送信日時", "Invited at"),
        L("リマインド日時", "Reminded at"),
        L("登録日時", "Registered at"),
        L("辞退日時", "Declined at"),
        L("作成日時", "Created at"),
      ],
      rows: d.offboardingCases.map((c) => [
        c.id,
        c.status,
        c.employeeNumber,
        `${c.familyName} ${c.givenName}`,
        c.workEmail,
        c.privateEmail,
        c.department,
        c.lastDay,
        c.invitedAt,
        c.remindedAt,
        c.registeredAt,
        c.declinedAt,
        c.createdAt,
      ]),
    },
    {
      title: L("お送りしたメール", "Mail sent to you"),
      columns: [
        L("作成日時", "Created at"),
        L("送信日時", "Sent at"),
        L("宛先", "To"),
        L("件名", "Subject"),
        L("目的", "Purpose"),
        L("状態", "Status"),
        L("開封日時", "Opened at"),
      ],
      rows: d.mail.map((m) => [m.createdAt, m.sentAt, m.to, m.subject, m.purpose, m.status, m.openedAt]),
    },
    {
      title: L("個人情報に関するご請求", "Data-subject requests"),
      columns: [L("ID", "ID"), L("種類", "Kind"), L("状態", "Status"), L("受付日時", "Received at"), L("期限", "Due at"), L("完了日時", "Completed at")],
      rows: d.subjectRequests.map((q) => [q.id, q.kind, q.status, q.createdAt, q.dueAt, q.completedAt]),
    },
    {
      title: L("OB・OG訪問のご依頼", "OB/OG visit requests"),
      columns: [
        L("ID", "ID"),
        L("状態", "Status"),
        L("形式", "Format"),
        L("お相手", "Candidate"),
        L("ご所属", "Affiliation"),
        L("テーマ", "Topic"),
        L("メッセージ", "Message"),
        L("候補日時", "Proposed times"),
        L("開始", "Starts at"),
        L("終了", "Ends at"),
        L("場所・参加方法", "Meeting details"),
        L("お断りの理由", "Decline reason"),
        L("結果メモ", "Outcome note"),
        L("依頼日時", "Requested at"),
      ],
      rows: d.visits.map((v) => [
        v.id,
        v.status,
        v.format,
        v.candidateName,
        v.candidateAffiliation,
        v.topic,
        v.message,
        v.proposedSlots.map((slot) => `${slot.startsAt}/${slot.endsAt}`).join(" "),
        v.agreedStartsAt,
        v.agreedEndsAt,
        v.meetingDetails,
        v.declineReason,
        v.outcomeNote,
        v.createdAt,
      ]),
    },
    {
      title: L("イベントへのご回答", "Event replies"),
      columns: [
        L("イベントID", "Event ID"),
        L("イベント", "Event"),
        L("開始", "Starts at"),
        L("回答", "Reply"),
        L("席", "Seat"),
        L("チェックイン", "Checked in at"),
        L("回答日時", "Replied at"),
      ],
      rows: d.eventRsvps.map((e) => [e.eventId, e.eventTitle, e.startsAt, e.response, e.seat, e.checkedInAt, e.updatedAt]),
    },
    {
      title: L("コミュニティのグループ", "Community groups"),
      columns: [L("グループ", "Group"), L("役割", "Role"), L("状態", "Status"), L("参加日時", "Joined at")],
      rows: d.community.groups.map((g) => [g.group, g.role, g.status, g.joinedAt]),
    },
    {
      title: L("コミュニティへの投稿", "Community posts"),
      columns: [L("ID", "ID"), L("グループ", "Group"), L("本文", "Body"), L("状態", "Status"), L("投稿日時", "Posted at"), L("編集日時", "Edited at")],
      rows: d.community.posts.map((p) => [p.id, p.group, p.body, p.status, p.createdAt, p.editedAt]),
    },
    {
      title: L("コミュニティへのコメント", "Community comments"),
      columns: [L("ID", "ID"), L("投稿ID", "Post ID"), L("本文", "Body"), L("状態", "Status"), L("日時", "At")],
      rows: d.community.comments.map((c) => [c.id, c.postId, c.body, c.status, c.createdAt]),
    },
    {
      title: L("リアクション", "Reactions"),
      columns: [L("投稿ID", "Post ID"), L("種類", "Kind"), L("日時", "At")],
      rows: d.community.reactions.map((r) => [r.postId, r.kind, r.createdAt]),
    },
    {
      title: L("コミュニティでの通報", "Community reports"),
      columns: [L("投稿ID", "Post ID"), L("コメントID", "Comment ID"), L("理由", "Reason"), L("メモ", "Note"), L("状態", "Status"), L("日時", "At")],
      rows: d.community.reports.map((r) => [r.postId, r.commentId, r.reason, r.note, r.status, r.createdAt]),
    },
    {
      title: L("コミュニティの利用停止", "Community suspensions"),
      columns: [L("理由", "Reason"), L("開始", "Since"), L("解除", "Lifted at")],
      rows: d.community.suspensions.map((s) => [s.reason, s.createdAt, s.liftedAt]),
    },
    fieldsSection(L("復職への関心", "Open to returning"), [
      [L("復職に関心あり", "Open to returning"), d.recruiting.openToReturn.open],
      [L("希望すること", "Looking for"), d.recruiting.openToReturn.lookingFor],
      [L("設定日時", "Since"), d.recruiting.openToReturn.since],
      [L("再入社日時", "Returned at"), d.recruiting.openToReturn.returnedAt],
    ]),
    {
      title: L("応募・選考", "Applications and candidacies"),
      columns: [
        L("ID", "ID"),
        L("求人", "Position"),
        L("ステージ", "Stage"),
        L("ステージの種類", "Stage kind"),
        L("経路", "Source"),
        L("登録日時", "Created at"),
        L("ステージ変更日時", "Stage since"),
        L("入社決定日時", "Hired at"),
        L("終了日時", "Closed at"),
      ],
      rows: d.recruiting.candidacies.map((c) => [c.id, c.position, c.stage, c.stageKind, c.source, c.createdAt, c.stageEnteredAt, c.hiredAt, c.closedAt]),
    },
    {
      title: L("カジュアル面談", "Casual talks"),
      columns: [
        L("ID", "ID"),
        L("状態", "Status"),
        L("求人", "Position"),
        L("開始", "Starts at"),
        L("終了", "Ends at"),
        L("形式", "Format"),
        L("ひとこと", "Your note"),
        L("キャンセルした方", "Cancelled by"),
        L("申込日時", "Requested at"),
      ],
      rows: d.recruiting.casualTalks.map((c) => [c.id, c.status, c.position, c.startsAt, c.endsAt, c.format, c.note, c.cancelledBy, c.createdAt]),
    },
    {
      title: L("保存した求人", "Saved positions"),
      columns: [L("求人ID", "Position ID"), L("求人", "Position"), L("保存日時", "Saved at")],
      rows: d.recruiting.savedPositions.map((p) => [p.positionId, p.position, p.savedAt]),
    },
  );
  return sections;
}

/**
 * The export as one CSV file: UTF-8 with a BOM (Excel opens it as UTF-8), one section per category (a title
 * line, a header line, the rows, a blank line). Every cell is neutralised so no value runs as a formula.
 */
export function personalDataCsv(data: PersonalDataExport, locale: Locale): string {
  const lines: string[][] = [];
  for (const section of sectionsOf(data, locale)) {
    lines.push([`# ${section.title[locale]}`]);
    lines.push(section.columns.map((c) => c[locale]));
    for (const row of section.rows) lines.push(row.map(cellText));
    if (section.rows.length === 0) lines.push([locale === "ja" ? "（なし）" : "(none)"]);
    lines.push([]);
  }
  const records = lines.map((line) => line.map((cell) => neutraliseCell(cell)));
  return `\uFEFF${stringify(records, { record_delimiter: "windows" })}`;
}
