// Realistic Japanese alumni, generated in JS (deterministic, seeded) rather than through the service one by one.
// Common surnames are much more common than rare ones (as in Japan: 佐藤, 鈴木, 高橋, 田中 …), so the bench
// tenant holds thousands of 田中 (kana query 「たなか」) and tens of thousands in 営業部 (two-kanji query 「営業」).
import type { AlumnusValues } from "../../../src/server/features/alumni/alumni.repo";
import { searchFieldsOf } from "../../../src/server/features/alumni/alumnus-search-fields";

// [kanji, katakana reading], most common first.
const FAMILY: [string, string][] = [
  ["佐藤", "サトウ"],
  ["鈴木", "スズキ"],
  ["高橋", "タカハシ"],
  ["田中", "タナカ"],
  ["伊藤", "イトウ"],
  ["渡辺", "ワタナベ"],
  ["山本", "ヤマモト"],
  ["中村", "ナカムラ"],
  ["小林", "コバヤシ"],
  ["加藤", "カトウ"],
  ["吉田", "ヨシダ"],
  ["山田", "ヤマダ"],
  ["佐々木", "ササキ"],
  ["山口", "ヤマグチ"],
  ["松本", "マツモト"],
  ["井上", "イノウエ"],
  ["木村", "キムラ"],
  ["林", "ハヤシ"],
  ["斎藤", "サイトウ"],
  ["清水", "シミズ"],
  ["山崎", "ヤマザキ"],
  ["森", "モリ"],
  ["池田", "イケダ"],
  ["橋本", "ハシモト"],
  ["阿部", "アベ"],
  ["石川", "イシカワ"],
  ["山下", "ヤマシタ"],
  ["中島", "ナカジマ"],
  ["石井", "イシイ"],
  ["小川", "オガワ"],
  ["前田", "マエダ"],
  ["岡田", "オカダ"],
  ["長谷川", "ハセガワ"],
  ["藤田", "フジタ"],
  ["後藤", "ゴトウ"],
  ["近藤", "コンドウ"],
  ["村上", "ムラカミ"],
  ["遠藤", "エンドウ"],
  ["青木", "アオキ"],
  ["坂本", "サカモト"],
  ["福田", "フクダ"],
  ["太田", "オオタ"],
  ["西村", "ニシムラ"],
  ["藤井", "フジイ"],
  ["金子", "カネコ"],
  ["岡本", "オカモト"],
  ["藤原", "フジワラ"],
  ["中野", "ナカノ"],
  ["三浦", "ミウラ"],
  ["原田", "ハラダ"],
];
const GIVEN: [string, string][] = [
  ["太郎", "タロウ"],
  ["花子", "ハナコ"],
  ["翔太", "ショウタ"],
  ["陽菜", "ヒナ"],
  ["大輔", "ダイスケ"],
  ["美咲", "ミサキ"],
  ["健一", "ケンイチ"],
  ["由美", "ユミ"],
  ["拓也", "タクヤ"],
  ["愛", "アイ"],
  ["直樹", "ナオキ"],
  ["恵", "メグミ"],
  ["誠", "マコト"],
  ["明美", "アケミ"],
  ["浩", "ヒロシ"],
  ["真由美", "マユミ"],
  ["隆", "タカシ"],
  ["裕子", "ユウコ"],
  ["学", "マナブ"],
  ["智子", "トモコ"],
  ["亮", "リョウ"],
  ["彩", "アヤ"],
  ["聡", "サトシ"],
  ["舞", "マイ"],
  ["剛", "ツヨシ"],
  ["香織", "カオリ"],
  ["達也", "タツヤ"],
  ["麻衣", "マイ"],
  ["和也", "カズヤ"],
  ["沙織", "サオリ"],
  ["大樹", "ダイキ"],
  ["優子", "ユウコ"],
  ["悠斗", "ユウト"],
  ["さくら", "サクラ"],
  ["蓮", "レン"],
  ["結衣", "ユイ"],
  ["颯太", "ソウタ"],
  ["葵", "アオイ"],
  ["陸", "リク"],
  ["凛", "リン"],
  ["湊", "ミナト"],
  ["芽依", "メイ"],
  ["樹", "イツキ"],
  ["楓", "カエデ"],
  ["翼", "ツバサ"],
  ["美月", "ミヅキ"],
  ["海斗", "カイト"],
  ["七海", "ナナミ"],
  ["拓海", "タクミ"],
  ["陽子", "ヨウコ"],
];
const DEPARTMENTS: { name: string; share: number; titles: string[]; skills: string[] }[] = [
  { name: "営業部", share: 25, titles: ["営業担当", "主任", "営業課長"], skills: ["法人営業", "提案書作成", "Salesforce", "交渉"] },
  { name: "開発部", share: 25, titles: ["エンジニア", "シニアエンジニア", "テックリード"], skills: ["Java", "TypeScript", "AWS", "要件定義", "Go"] },
  { name: "マーケティング部", share: 12, titles: ["マーケター", "主任"], skills: ["デジタル広告", "SEO", "データ分析"] },
  { name: "カスタマーサクセス部", share: 10, titles: ["CSM", "チームリーダー"], skills: ["オンボーディング", "Zendesk", "解約防止"] },
  { name: "人事部", share: 8, titles: ["人事担当", "採用担当", "人事課長"], skills: ["採用", "労務管理", "研修企画"] },
  { name: "経理部", share: 8, titles: ["経理担当", "主計課長"], skills: ["決算", "連結会計", "SAP"] },
  { name: "総務部", share: 7, titles: ["総務担当", "総務課長"], skills: ["ファシリティ管理", "株主総会運営"] },
  { name: "経営企画部", share: 5, titles: ["経営企画担当", "部長"], skills: ["事業計画", "M&A", "予算管理"] },
];
const GENERAL_SKILLS = ["英語", "中国語", "Excel", "プロジェクト管理", "簿記2級", "PMP"];
const EMPLOYERS = [
  "株式会社ミライワークス",
  "グローバルデータ株式会社",
  "株式会社あおぞら銀行",
  "フリーランス",
  "株式会社ネクストステージ",
  "合同会社ひかりラボ",
  "さくら商事株式会社",
  "株式会社東京テクノロジー",
  "大阪精機株式会社",
  "株式会社みどり不動産",
  "ノースウインド株式会社",
  "大学院（在学中）",
];
const ROLES = ["マネージャー", "エンジニア", "営業マネージャー", "コンサルタント", "代表取締役", "人事", "経理", "デザイナー"];
const EXITS = ["voluntary", "voluntary", "voluntary", "contract_end", "retirement", "company_initiated", "other"];
const REASONS = ["キャリアアップ", "家族の事情", "留学・進学", "起業", "契約満了", "定年", "転居"];
const INTERESTS = ["yes", "maybe", "maybe", "unknown", "unknown", "no"];
const ELIGIBILITY = ["eligible", "eligible", "needs_review", "ineligible"];
const TAGS = ["アルムナイ会員", "再雇用候補", "リファラル", "イベント参加", "海外経験"];

/** mulberry32: a small seeded PRNG, so every run loads the same people. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `items` with weights 1/(rank+1)^skew: a few very common names, a long tail. */
function zipf<T>(items: T[], skew: number): (r: number) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    sum += 1 / (i + 1) ** skew;
    cumulative.push(sum);
  }
  return (r) => {
    const x = r * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const pickFamily = zipf(FAMILY, 0.6);
const pickGiven = zipf(GIVEN, 0.3);
const pickDepartment = (r: number) => {
  let rest = r * DEPARTMENTS.reduce((s, d) => s + d.share, 0);
  for (const d of DEPARTMENTS) {
    rest -= d.share;
    if (rest < 0) return d;
  }
  return DEPARTMENTS[0]!;
};

/** Column names in insert order; `rowValues` returns the values in the same order. */
export const ALUMNI_COLUMNS = [
  "tenant_id",
  "employee_number",
  "family_name",
  "given_name",
  "family_name_kana",
  "given_name_kana",
  "former_family_name",
  "birth_date",
  "work_email",
  "private_email",
  "phone",
  "department",
  "job_title",
  "grade",
  "employment_type",
  "hire_date",
  "leave_date",
  "exit_type",
  "exit_reason_category",
  "skills",
  "current_employer",
  "current_role",
  "return_interest",
  "do_not_rehire",
  "tags",
  "eligibility",
  "search_text",
  "search_grams",
  "sort_key",
] as const;

/** One generated alumnus: every column the bench fills, before the folded search columns. */
export type GeneratedAlumnus = ReturnType<typeof generateAlumnus>;

/** The `index`-th alumnus of tenant number `tenantNo`: the same person on every run. */
export function generateAlumnus(tenantNo: number, index: number) {
  const rnd = random(tenantNo * 1_000_003 + index);
  const [family, familyKana] = pickFamily(rnd());
  const [given, givenKana] = pickGiven(rnd());
  const dept = pickDepartment(rnd());
  const leaveYear = 2005 + Math.floor(rnd() * 21);
  const tenure = 1 + Math.floor(rnd() * 15);
  const month = 1 + Math.floor(rnd() * 12);
  const birthYear = leaveYear - tenure - 22 - Math.floor(rnd() * 15);
  const exitType = EXITS[Math.floor(rnd() * EXITS.length)]!;
  const skills = [...new Set([dept.skills[Math.floor(rnd() * dept.skills.length)]!, dept.skills[Math.floor(rnd() * dept.skills.length)]!])];
  if (rnd() < 0.3) skills.push(GENERAL_SKILLS[Math.floor(rnd() * GENERAL_SKILLS.length)]!);
  const tags = rnd() < 0.3 ? [TAGS[Math.floor(rnd() * TAGS.length)]!] : [];
  // Drawn in this order so that the alumni search's data stays what its figures were measured on.
  const values = {
    employeeNumber: `T${tenantNo}-${pad(index, 6)}`,
    familyName: family,
    givenName: given,
    familyNameKana: familyKana,
    givenNameKana: givenKana,
    formerFamilyName: rnd() < 0.08 ? pickFamily(rnd())[0] : null,
    workEmail: `a${pad(index, 6)}@tenant${tenantNo}.example.jp`,
    privateEmail: rnd() < 0.3 ? `alumni${Math.floor(rnd() * 1e6)}@example.com` : null,
    department: dept.name,
    currentEmployer: rnd() < 0.85 ? EMPLOYERS[Math.floor(rnd() * EMPLOYERS.length)]! : null,
    currentRole: rnd() < 0.5 ? ROLES[Math.floor(rnd() * ROLES.length)]! : null,
    skills,
    tags,
  } satisfies Partial<AlumnusValues>;
  return {
    ...values,
    birthDate: `${birthYear}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`,
    phone: `090-${pad(Math.floor(rnd() * 10_000), 4)}-${pad(Math.floor(rnd() * 10_000), 4)}`,
    jobTitle: dept.titles[Math.floor(rnd() * dept.titles.length)]!,
    grade: `G${1 + Math.floor(rnd() * 6)}`,
    employmentType: exitType === "contract_end" ? "契約社員" : "正社員",
    hireDate: `${leaveYear - tenure}-04-01`,
    leaveDate: `${leaveYear}-${pad(month)}-${pad(1 + Math.floor(rnd() * 28))}`,
    exitType,
    exitReasonCategory: REASONS[Math.floor(rnd() * REASONS.length)]!,
    returnInterest: INTERESTS[Math.floor(rnd() * INTERESTS.length)]!,
    doNotRehire: rnd() < 0.03,
    eligibility: ELIGIBILITY[Math.floor(rnd() * ELIGIBILITY.length)]!,
  };
}

/**
 * The `index`-th alumnus of tenant number `tenantNo` as insert values (ALUMNI_COLUMNS order), with the folded
 * search columns computed by Okaeri's own `searchFieldsOf`, exactly as the service writes them.
 */
export function alumnusRow(tenantId: string, tenantNo: number, index: number): unknown[] {
  const a = generateAlumnus(tenantNo, index);
  const search = searchFieldsOf(a);
  return [
    tenantId,
    a.employeeNumber,
    a.familyName,
    a.givenName,
    a.familyNameKana,
    a.givenNameKana,
    a.formerFamilyName,
    a.birthDate,
    a.workEmail,
    a.privateEmail,
    a.phone,
    a.department,
    a.jobTitle,
    a.grade,
    a.employmentType,
    a.hireDate,
    a.leaveDate,
    a.exitType,
    a.exitReasonCategory,
    a.skills,
    a.currentEmployer,
    a.currentRole,
    a.returnInterest,
    a.doNotRehire,
    a.tags,
    a.eligibility,
    search.searchText,
    search.searchGrams,
    search.sortKey,
  ];
}
