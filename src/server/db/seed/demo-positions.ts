import { and, eq, inArray } from "drizzle-orm";
import * as account from "../../features/account/account.service";
import * as members from "../../features/members/members.service";
import { ensureStages } from "../../features/pipeline/stages.repo";
import type { TenantContext } from "../../platform/context";
import { alumni, alumniDepartmentHistory } from "../schema/alumni";
import { memberDepartmentHistory, positions } from "../schema/recruiting";
import { users } from "../schema/tenancy";

/** Colleagues who are still with the company: with the demo accounts they make the former-colleague overlaps. */
const EXTRA_EMPLOYEES = [
  { email: "nakamura.daisuke@demo.okaeri.test", name: "中村 大輔" },
  { email: "kobayashi.yumi@demo.okaeri.test", name: "小林 由美" },
  { email: "kato.takuya@demo.okaeri.test", name: "加藤 拓也" },
];

const HISTORIES: Record<string, { department: string; from: string; to: string | null }[]> = {
  "employee@demo.okaeri.test": [
    { department: "開発部", from: "2015-04-01", to: "2019-03-31" },
    { department: "エンジニアリング部", from: "2019-04-01", to: null },
  ],
  "manager@demo.okaeri.test": [{ department: "営業部", from: "2012-04-01", to: null }],
  "hr@demo.okaeri.test": [{ department: "人事部", from: "2014-04-01", to: null }],
  "nakamura.daisuke@demo.okaeri.test": [
    { department: "開発部", from: "2016-04-01", to: "2019-03-31" },
    { department: "エンジニアリング部", from: "2019-04-01", to: null },
  ],
  "kobayashi.yumi@demo.okaeri.test": [
    { department: "カスタマーサクセス部", from: "2013-04-01", to: "2018-03-31" },
    { department: "営業部", from: "2018-04-01", to: null },
  ],
  "kato.takuya@demo.okaeri.test": [{ department: "マーケティング部", from: "2017-10-01", to: null }],
};

interface DemoPosition {
  titleJa: string;
  titleEn: string;
  department: string;
  skills: string[];
  grades: [string, string];
  location: string;
  employmentType: "full_time" | "contract";
  visibility: "alumni" | "employees" | "public";
  status: "draft" | "open" | "closed";
  managed: boolean;
  ja: string;
  en: string;
}

export const DEMO_POSITIONS: DemoPosition[] = [
  {
    titleJa: "バックエンドエンジニア（決済基盤）",
    titleEn: "Backend Engineer (Payments Platform)",
    department: "エンジニアリング部",
    skills: ["Java", "Go", "AWS", "要件定義"],
    grades: ["G3", "G5"],
    location: "東京本社（渋谷）・リモート可",
    employmentType: "full_time",
    visibility: "alumni",
    status: "open",
    managed: false,
    ja: "決済基盤の設計・開発をリードしていただきます。\n\n- Java / Go によるAPI開発\n- AWS上のインフラ設計\n- 要件定義から運用まで\n\n以前の開発部・エンジニアリング部での経験をそのまま活かせます。",
    en: "Lead the design and development of our payments platform.\n\n- APIs in Java / Go\n- Infrastructure on AWS\n- From requirements to operations\n\nYour experience in our engineering teams carries straight over.",
  },
  {
    titleJa: "フロントエンドエンジニア",
    titleEn: "Frontend Engineer",
    department: "エンジニアリング部",
    skills: ["TypeScript", "React", "AWS"],
    grades: ["G2", "G4"],
    location: "東京本社（渋谷）・リモート可",
    employmentType: "full_time",
    visibility: "public",
    status: "open",
    managed: false,
    ja: "TypeScript と React で、お客さまが毎日使う管理画面をつくります。デザイナーとの距離が近いチームです。",
    en: "Build the console our customers use every day with TypeScript and React, in a team that works closely with design.",
  },
  {
    titleJa: "法人営業（エンタープライズ）",
    titleEn: "Enterprise Account Executive",
    department: "営業部",
    skills: ["法人営業", "提案書作成", "Salesforce", "交渉"],
    grades: ["G3", "G5"],
    location: "東京本社（渋谷）",
    employmentType: "full_time",
    visibility: "alumni",
    status: "open",
    managed: true,
    ja: "大手企業のお客さまへの提案営業をお任せします。社外で培った業界知識を歓迎します。",
    en: "Own proposals for our largest customers. Industry knowledge gained elsewhere is welcome.",
  },
  {
    titleJa: "カスタマーサクセスマネージャー",
    titleEn: "Customer Success Manager",
    department: "カスタマーサクセス部",
    skills: ["オンボーディング", "Zendesk", "解約防止"],
    grades: ["G3", "G4"],
    location: "大阪支社・ハイブリッド",
    employmentType: "full_time",
    visibility: "employees",
    status: "open",
    managed: true,
    ja: "導入後のお客さまの成功を支えるチームのリーダーです。社員のみなさんからのご紹介をお待ちしています。",
    en: "Lead the team that makes customers successful after go-live. We welcome referrals from employees.",
  },
  {
    titleJa: "データアナリスト",
    titleEn: "Data Analyst",
    department: "マーケティング部",
    skills: ["データ分析", "SQL", "デジタル広告"],
    grades: ["G2", "G4"],
    location: "東京本社（渋谷）・リモート可",
    employmentType: "contract",
    visibility: "public",
    status: "open",
    managed: false,
    ja: "広告とプロダクトのデータから、次の一手を提案していただきます。",
    en: "Turn advertising and product data into our next moves.",
  },
  {
    titleJa: "経理（連結決算）",
    titleEn: "Accountant (Consolidated Closing)",
    department: "経理部",
    skills: ["決算", "連結会計", "SAP"],
    grades: ["G3", "G4"],
    location: "東京本社（渋谷）",
    employmentType: "full_time",
    visibility: "alumni",
    status: "draft",
    managed: false,
    ja: "連結決算と開示資料の作成を担当していただきます（公開準備中）。",
    en: "Consolidated closing and disclosure documents (not yet published).",
  },
  {
    titleJa: "人事（新卒採用）",
    titleEn: "HR (Graduate Recruiting)",
    department: "人事部",
    skills: ["採用", "研修企画"],
    grades: ["G2", "G3"],
    location: "東京本社（渋谷）",
    employmentType: "full_time",
    visibility: "employees",
    status: "closed",
    managed: false,
    ja: "2026年度の新卒採用を担当していただきました（募集終了）。",
    en: "Graduate recruiting for 2026 (closed).",
  },
];

/** Pipeline stages, seven positions (the manager owns two), more colleagues and everyone's department history. */
export async function seedDemoPositions(ctx: TenantContext): Promise<void> {
  const tenantId = ctx.tenant.id;
  await ensureStages(ctx.db, tenantId);
  for (const person of EXTRA_EMPLOYEES) {
    const user =
      (await account.findUserByEmail(ctx.db, person.email)) ??
      (await account.createUser(ctx.db, { email: person.email, name: person.name, passwordHash: null, locale: "ja" }));
    await members.addMember(ctx.db, { tenantId, userId: user.id, role: "employee" });
  }
  const people = await ctx.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, Object.keys(HISTORIES)));
  const idOf = new Map(people.map((p) => [p.email, p.id]));
  const rows = Object.entries(HISTORIES).flatMap(([email, periods]) => {
    const userId = idOf.get(email);
    return userId ? periods.map((p) => ({ tenantId, userId, department: p.department, fromDate: p.from, toDate: p.to })) : [];
  });
  await ctx.db.insert(memberDepartmentHistory).values(rows);
  await giveShotaHistory(ctx);

  const managerId = idOf.get("manager@demo.okaeri.test") ?? null;
  const hrId = idOf.get("hr@demo.okaeri.test") ?? null;
  const now = Date.now();
  await ctx.db.insert(positions).values(
    DEMO_POSITIONS.map((p, i) => ({
      tenantId,
      titleJa: p.titleJa,
      titleEn: p.titleEn,
      department: p.department,
      descriptionJa: p.ja,
      descriptionEn: p.en,
      skills: p.skills,
      gradeMin: p.grades[0],
      gradeMax: p.grades[1],
      location: p.location,
      employmentType: p.employmentType,
      visibility: p.visibility,
      status: p.status,
      hiringManagerUserId: p.managed ? managerId : null,
      createdBy: hrId,
      openedAt: p.status === "draft" ? null : new Date(now - (40 - i * 4) * 86_400_000),
      closedAt: p.status === "closed" ? new Date(now - 10 * 86_400_000) : null,
    })),
  );
}

/** The demo alumnus left エンジニアリング部 recently; his history makes 鈴木さん and 中村さん his former colleagues. */
async function giveShotaHistory(ctx: TenantContext): Promise<void> {
  const [shota] = await ctx.db
    .select({ id: alumni.id, leaveDate: alumni.leaveDate })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, ctx.tenant.id), eq(users.email, "alumni@demo.okaeri.test")));
  if (!shota) return;
  await ctx.db.insert(alumniDepartmentHistory).values([
    { tenantId: ctx.tenant.id, alumnusId: shota.id, department: "開発部", fromDate: "2017-04-01", toDate: "2019-03-31" },
    { tenantId: ctx.tenant.id, alumnusId: shota.id, department: "エンジニアリング部", fromDate: "2019-04-01", toDate: shota.leaveDate },
  ]);
}
