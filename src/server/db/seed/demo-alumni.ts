import type { AlumnusInput, ExitType, ReturnInterest } from "../../../shared/contracts/alumni";

const FAMILY: [string, string][] = [
  ["佐藤", "サトウ"],
  ["鈴木", "スズキ"],
  ["高橋", "タカハシ"],
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
  ["清水", "シミズ"],
  ["斎藤", "サイトウ"],
  ["森", "モリ"],
];
const GIVEN: [string, string][] = [
  ["陽翔", "ハルト"],
  ["結衣", "ユイ"],
  ["大輔", "ダイスケ"],
  ["さくら", "サクラ"],
  ["翔", "ショウ"],
  ["美穂", "ミホ"],
  ["拓海", "タクミ"],
  ["愛", "アイ"],
  ["健太", "ケンタ"],
  ["彩花", "アヤカ"],
  ["直樹", "ナオキ"],
  ["真由美", "マユミ"],
  ["悠真", "ユウマ"],
  ["七海", "ナナミ"],
  ["亮", "リョウ"],
  ["千尋", "チヒロ"],
  ["和也", "カズヤ"],
  ["優奈", "ユウナ"],
  ["誠", "マコト"],
  ["葵", "アオイ"],
];
const DEPARTMENTS: { name: string; titles: string[]; skills: string[] }[] = [
  { name: "営業部", titles: ["営業担当", "主任", "課長"], skills: ["法人営業", "提案書作成", "Salesforce", "交渉"] },
  { name: "開発部", titles: ["エンジニア", "シニアエンジニア", "テックリード"], skills: ["Java", "TypeScript", "AWS", "要件定義", "Go"] },
  { name: "人事部", titles: ["人事担当", "採用担当", "人事課長"], skills: ["採用", "労務管理", "研修企画"] },
  { name: "マーケティング部", titles: ["マーケター", "主任"], skills: ["デジタル広告", "SEO", "データ分析"] },
  { name: "経理部", titles: ["経理担当", "主計課長"], skills: ["決算", "連結会計", "SAP"] },
  { name: "カスタマーサクセス部", titles: ["CSM", "チームリーダー"], skills: ["オンボーディング", "Zendesk", "解約防止"] },
];
const EMPLOYERS = [
  "株式会社ミライワークス",
  "グローバルデータ株式会社",
  "株式会社あおぞら銀行",
  "フリーランス",
  "株式会社ネクストステージ",
  "大学院（在学中）",
  "合同会社ひかりラボ",
  null,
];
const EXITS: ExitType[] = ["voluntary", "voluntary", "voluntary", "contract_end", "retirement", "company_initiated", "other"];
const REASONS = ["キャリアアップ", "家族の事情", "留学・進学", "起業", "契約満了", "定年", "転居"];
const INTERESTS: ReturnInterest[] = ["yes", "maybe", "maybe", "unknown", "no", "unknown"];

const pad = (n: number) => String(n).padStart(2, "0");

/** About forty former employees of the demo company, each with a department history. */
export function demoAlumni(): AlumnusInput[] {
  const people: AlumnusInput[] = [
    {
      employeeNumber: "000123",
      familyName: "田中",
      givenName: "美咲",
      familyNameKana: "タナカ",
      givenNameKana: "ミサキ",
      formerFamilyName: "佐々木",
      workEmail: "misaki.tanaka@sakura-tech.example",
      privateEmail: "misaki.t@example.jp",
      department: "営業部",
      jobTitle: "主任",
      grade: "G4",
      employmentType: "正社員",
      hireDate: "2014-04-01",
      leaveDate: "2021-03-31",
      exitType: "voluntary",
      exitReasonCategory: "家族の事情",
      exitReasonNote: "配偶者の海外赴任に帯同するため。帰国後の再入社に前向き。",
      skills: ["法人営業", "Salesforce", "英語"],
      currentEmployer: "フリーランス",
      currentRole: "営業コンサルタント",
      returnInterest: "yes",
      doNotRehire: false,
      tags: ["元エース", "海外経験"],
      hrNotes: "2025年に帰国予定と連絡あり。",
      departmentHistory: [
        { department: "カスタマーサクセス部", from: "2014-04-01", to: "2017-03-31" },
        { department: "営業部", from: "2017-04-01", to: "2021-03-31" },
      ],
    },
  ];
  for (let i = 0; i < 40; i++) {
    const [family, familyKana] = FAMILY[(i * 7) % FAMILY.length] as [string, string];
    const [given, givenKana] = GIVEN[(i * 11 + 3 + Math.floor(i / FAMILY.length) * 5) % GIVEN.length] as [string, string];
    const dept = DEPARTMENTS[i % DEPARTMENTS.length] as (typeof DEPARTMENTS)[number];
    const previous = DEPARTMENTS[(i + 2) % DEPARTMENTS.length] as (typeof DEPARTMENTS)[number];
    const hireYear = 2006 + (i % 12);
    const leaveYear = Math.min(hireYear + 2 + (i % 9), 2025);
    const switchYear = hireYear + 1;
    const exitType = EXITS[i % EXITS.length] as ExitType;
    people.push({
      employeeNumber: String(1000 + i * 37).padStart(6, "0"),
      familyName: family,
      givenName: given,
      familyNameKana: familyKana,
      givenNameKana: givenKana,
      workEmail: `alumni${String(i).padStart(2, "0")}@sakura-tech.example`,
      privateEmail: i % 4 === 1 ? `sakura.ob${String(i).padStart(2, "0")}@example.jp` : null,
      department: dept.name,
      jobTitle: dept.titles[i % dept.titles.length] ?? null,
      grade: `G${2 + (i % 4)}`,
      employmentType: exitType === "contract_end" ? "契約社員" : "正社員",
      hireDate: `${hireYear}-04-01`,
      leaveDate: `${leaveYear}-${pad(3 + (i % 10))}-${i % 2 === 0 ? "31" : "15"}`.replace(/-(04|06|09|11)-31$/, "-$1-30"),
      exitType,
      exitReasonCategory: REASONS[i % REASONS.length] ?? null,
      skills: dept.skills.filter((_, k) => (i + k) % 2 === 0),
      currentEmployer: EMPLOYERS[i % EMPLOYERS.length] ?? null,
      currentRole: i % 3 === 0 ? "マネージャー" : null,
      returnInterest: INTERESTS[i % INTERESTS.length] as ReturnInterest,
      doNotRehire: i === 13,
      tags: i % 5 === 0 ? ["イベント参加"] : [],
      departmentHistory: [
        { department: previous.name, from: `${hireYear}-04-01`, to: `${switchYear}-03-31` },
        { department: dept.name, from: `${switchYear}-04-01`, to: null },
      ],
    });
  }
  return people;
}
