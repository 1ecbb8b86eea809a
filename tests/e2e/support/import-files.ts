import iconv from "iconv-lite";
import type { SamplePerson } from "../../../src/server/features/imports/parsing/sample-exports-fixture";

/** The columns SmartHR writes in its employee CSV export (the ones a leavers' list keeps). */
const SMARTHR_HEADER = ["社員番号", "姓", "名", "姓（ヨミガナ）", "名（ヨミガナ）", "メールアドレス", "部署", "役職", "入社年月日", "退職年月日", "退職事由"];

/** A person as an HR system exports them, with the job title SmartHR writes too. */
export interface ExportedPerson extends SamplePerson {
  title: string;
}

const NAMES: readonly [string, string, string, string][] = [
  ["佐藤", "サトウ", "健太", "ケンタ"],
  ["鈴木", "スズキ", "愛", "アイ"],
  ["高橋", "タカハシ", "大輔", "ダイスケ"],
  ["伊藤", "イトウ", "さくら", "サクラ"],
  ["渡辺", "ワタナベ", "翔太", "ショウタ"],
  ["山本", "ヤマモト", "美穂", "ミホ"],
  ["中村", "ナカムラ", "拓也", "タクヤ"],
  ["小林", "コバヤシ", "由美", "ユミ"],
  ["加藤", "カトウ", "直樹", "ナオキ"],
  ["吉田", "ヨシダ", "千尋", "チヒロ"],
  ["山田", "ヤマダ", "浩之", "ヒロユキ"],
  ["佐々木", "ササキ", "彩花", "アヤカ"],
  ["山口", "ヤマグチ", "亮", "リョウ"],
  ["松本", "マツモト", "舞", "マイ"],
  ["井上", "イノウエ", "聡", "サトシ"],
  ["木村", "キムラ", "麻衣", "マイ"],
  ["林", "ハヤシ", "健一", "ケンイチ"],
  ["斎藤", "サイトウ", "智子", "トモコ"],
  ["清水", "シミズ", "大樹", "ダイキ"],
  ["山崎", "ヤマザキ", "奈々", "ナナ"],
  ["森", "モリ", "誠", "マコト"],
  ["池田", "イケダ", "優子", "ユウコ"],
  ["橋本", "ハシモト", "悠真", "ユウマ"],
  ["阿部", "アベ", "香織", "カオリ"],
  ["石川", "イシカワ", "隼人", "ハヤト"],
  ["前田", "マエダ", "真由美", "マユミ"],
  ["藤田", "フジタ", "陸", "リク"],
  ["小川", "オガワ", "結衣", "ユイ"],
];
const DEPARTMENTS = ["営業部", "開発部", "人事部", "マーケティング部", "経理部", "カスタマーサクセス部"];
const TITLES = ["", "主任", "係長", "課長", ""];
const EXITS = ["自己都合退職", "自己都合退職", "契約期間満了", "定年退職", "会社都合退職"];
/** Hire and leave dates in the spellings HR exports use: 和暦 and yyyy/mm/dd. */
const HIRED = ["平成28年4月1日", "2015/04/01", "平成30年10月1日", "2012/04/01"];
const LEFT = ["令和5年3月31日", "2023/09/30", "令和6年6月30日", "2024/12/31", "令和4年3月31日"];

/** A unique-per-run number prefix, so a run never meets the people of an earlier one. */
export function runPrefix(tag: string): string {
  return `${tag}${Date.now().toString(36).slice(-5).toUpperCase()}`;
}

/** About thirty leavers with realistic names; `index` 0-based keeps numbers and emails unique per prefix. */
export function leavers(prefix: string, count = NAMES.length): ExportedPerson[] {
  return NAMES.slice(0, count).map(([family, familyKana, given, givenKana], index) => {
    const number = `${prefix}-${String(index + 1).padStart(3, "0")}`;
    return {
      number,
      family,
      given,
      familyKana,
      givenKana,
      email: `${number.toLowerCase()}@sakura-tech.example`,
      department: DEPARTMENTS[index % DEPARTMENTS.length] ?? "",
      title: TITLES[index % TITLES.length] ?? "",
      hired: HIRED[index % HIRED.length] ?? "",
      left: LEFT[index % LEFT.length] ?? "",
      exit: EXITS[index % EXITS.length] ?? "",
    };
  });
}

function csvText(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

/** A SmartHR-style export saved by Excel: Shift_JIS (CP932), CRLF. */
export function smarthrShiftJisCsv(people: readonly ExportedPerson[]): Buffer {
  const rows = people.map((p) => [p.number, p.family, p.given, p.familyKana, p.givenKana, p.email, p.department, p.title, p.hired, p.left, p.exit]);
  return iconv.encode(csvText([SMARTHR_HEADER, ...rows]), "cp932");
}

/** UTF-8 text that was read as Shift_JIS and saved again as UTF-8: the classic 「譁ｰ…」 mojibake. */
export function garbledCsv(): Buffer {
  const original = Buffer.from(csvText([SMARTHR_HEADER.slice(0, 3), ["001", "山田", "太郎"], ["002", "鈴木", "花子"]]), "utf8");
  return Buffer.from(iconv.decode(original, "cp932"), "utf8");
}

/** A hand-made list whose column names no HR system uses. */
export function unknownColumnsCsv(prefix: string): Buffer {
  return Buffer.from(
    csvText([
      ["コード", "お名前（姓）", "お名前（名）", "最終出社日"],
      [`${prefix}-1`, "岡田", "光", "2024/03/31"],
      [`${prefix}-2`, "藤井", "美咲", "令和6年9月30日"],
      [`${prefix}-3`, "西村", "悠斗", "2025/01/31"],
    ]),
    "utf8",
  );
}
