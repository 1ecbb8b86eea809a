/** Test-only: header rows and people shaped like the employee exports of the supported HR products. */
export const SAMPLE_HEADERS = {
  smarthr: [
    "社員番号",
    "姓",
    "名",
    "姓（ヨミガナ）",
    "名（ヨミガナ）",
    "旧姓・通称（姓）",
    "生年月日",
    "性別",
    "メールアドレス",
    "電話番号",
    "部署",
    "役職",
    "等級",
    "雇用形態",
    "入社年月日",
    "退職年月日",
    "退職事由",
    "退職理由",
  ],
  freee: [
    "従業員番号",
    "姓",
    "名",
    "姓（カナ）",
    "名（カナ）",
    "生年月日",
    "メールアドレス",
    "部門",
    "役職",
    "雇用形態",
    "入社日",
    "退職日",
    "退職区分",
    "退職理由",
  ],
  jobcan: [
    "スタッフコード",
    "姓",
    "名",
    "姓(フリガナ)",
    "名(フリガナ)",
    "旧姓",
    "生年月日",
    "メールアドレス",
    "メイングループ",
    "役職",
    "雇用形態",
    "入社年月日",
    "退職年月日",
    "退職区分",
  ],
  kaonavi: ["社員番号", "氏名", "フリガナ", "性別", "生年月日", "入社日", "所属", "役職", "等級", "雇用形態", "退職日", "退職区分", "スキル"],
  jinjer: [
    "社員コード",
    "氏名",
    "氏名（フリガナ）",
    "会社メールアドレス",
    "個人メールアドレス",
    "所属部署",
    "役職",
    "雇用区分",
    "入社年月日",
    "退職年月日",
    "退職事由",
    "退職理由",
  ],
} as const;

export interface SamplePerson {
  number: string;
  family: string;
  given: string;
  familyKana: string;
  givenKana: string;
  email: string;
  department: string;
  hired: string;
  left: string;
  exit: string;
}

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  {
    number: "1001",
    family: "山田",
    given: "太郎",
    familyKana: "ヤマダ",
    givenKana: "タロウ",
    email: "taro.yamada@example.co.jp",
    department: "営業部",
    hired: "2015/04/01",
    left: "2023/03/31",
    exit: "自己都合退職",
  },
  {
    number: "1002",
    family: "髙橋",
    given: "花子",
    familyKana: "タカハシ",
    givenKana: "ハナコ",
    email: "hanako.takahashi@example.co.jp",
    department: "開発部,第一課",
    hired: "平成30年4月1日",
    left: "令和5年9月30日",
    exit: "契約期間満了",
  },
  {
    number: "1003",
    family: "佐藤",
    given: "①郎",
    familyKana: "サトウ",
    givenKana: "イチロウ",
    email: "ichiro.sato@example.co.jp",
    department: "人事部",
    hired: "1990/04/01",
    left: "2024/03/31",
    exit: "定年退職",
  },
];

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes("\n") ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A small SmartHR-style export (the columns a person would keep), as text with CRLF line ends. */
export function smarthrCsv(people: readonly SamplePerson[] = SAMPLE_PEOPLE, delimiter = ","): string {
  const header = ["社員番号", "姓", "名", "姓（ヨミガナ）", "名（ヨミガナ）", "メールアドレス", "部署", "入社年月日", "退職年月日", "退職事由"];
  const rows = people.map((p) => [p.number, p.family, p.given, p.familyKana, p.givenKana, p.email, p.department, p.hired, p.left, p.exit]);
  return `${[header, ...rows].map((row) => row.map((cell) => quote(cell, delimiter)).join(delimiter)).join("\r\n")}\r\n`;
}
