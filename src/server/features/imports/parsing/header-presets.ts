import { foldForSearch } from "../../../../shared/japanese-text";
import { type FieldMapping, IMPORT_FIELDS, type ImportField } from "./import-fields";

export type PresetId = "smarthr" | "freee" | "jobcan" | "kaonavi" | "jinjer";

type ColumnNames = Partial<Record<ImportField, readonly string[]>>;

export interface HeaderPreset {
  id: PresetId;
  name: string;
  /** Column names as the product writes them in its employee CSV export. */
  columns: ColumnNames;
}

export const HEADER_PRESETS: readonly HeaderPreset[] = [
  {
    id: "smarthr",
    name: "SmartHR",
    columns: {
      employeeNumber: ["社員番号"],
      familyName: ["姓"],
      givenName: ["名"],
      familyNameKana: ["姓（ヨミガナ）"],
      givenNameKana: ["名（ヨミガナ）"],
      formerFamilyName: ["旧姓・通称（姓）", "旧姓"],
      birthDate: ["生年月日"],
      workEmail: ["メールアドレス"],
      phone: ["電話番号"],
      department: ["部署"],
      jobTitle: ["役職"],
      grade: ["等級"],
      employmentType: ["雇用形態"],
      hireDate: ["入社年月日"],
      leaveDate: ["退職年月日"],
      exitType: ["退職事由"],
      exitReason: ["退職理由"],
    },
  },
  {
    id: "freee",
    name: "freee人事労務",
    columns: {
      employeeNumber: ["従業員番号"],
      familyName: ["姓"],
      givenName: ["名"],
      familyNameKana: ["姓（カナ）"],
      givenNameKana: ["名（カナ）"],
      birthDate: ["生年月日"],
      workEmail: ["メールアドレス"],
      phone: ["電話番号"],
      department: ["部門"],
      jobTitle: ["役職"],
      employmentType: ["雇用形態"],
      hireDate: ["入社日"],
      leaveDate: ["退職日"],
      exitType: ["退職区分"],
      exitReason: ["退職理由"],
    },
  },
  {
    id: "jobcan",
    name: "ジョブカン労務HR",
    columns: {
      employeeNumber: ["スタッフコード"],
      familyName: ["姓"],
      givenName: ["名"],
      familyNameKana: ["姓（フリガナ）"],
      givenNameKana: ["名（フリガナ）"],
      formerFamilyName: ["旧姓"],
      birthDate: ["生年月日"],
      workEmail: ["メールアドレス"],
      phone: ["電話番号"],
      department: ["メイングループ"],
      jobTitle: ["役職"],
      employmentType: ["雇用形態"],
      hireDate: ["入社年月日"],
      leaveDate: ["退職年月日"],
      exitType: ["退職区分"],
      exitReason: ["退職理由"],
    },
  },
  {
    id: "kaonavi",
    name: "カオナビ",
    columns: {
      employeeNumber: ["社員番号"],
      fullName: ["氏名"],
      fullNameKana: ["フリガナ"],
      birthDate: ["生年月日"],
      workEmail: ["メールアドレス"],
      department: ["所属"],
      jobTitle: ["役職"],
      grade: ["等級"],
      employmentType: ["雇用形態"],
      hireDate: ["入社日"],
      leaveDate: ["退職日"],
      exitType: ["退職区分"],
      exitReason: ["退職理由"],
      skills: ["スキル"],
    },
  },
  {
    id: "jinjer",
    name: "jinjer",
    columns: {
      employeeNumber: ["社員コード"],
      fullName: ["氏名"],
      fullNameKana: ["氏名（フリガナ）"],
      formerFamilyName: ["旧姓"],
      birthDate: ["生年月日"],
      workEmail: ["会社メールアドレス"],
      privateEmail: ["個人メールアドレス"],
      phone: ["携帯電話番号"],
      department: ["所属部署"],
      jobTitle: ["役職"],
      grade: ["等級"],
      employmentType: ["雇用区分"],
      hireDate: ["入社年月日"],
      leaveDate: ["退職年月日"],
      exitType: ["退職事由"],
      exitReason: ["退職理由"],
    },
  },
];

/** Names seen in other systems and hand-made spreadsheets; used after the preset's own names. */
export const COMMON_COLUMN_NAMES: ColumnNames = {
  employeeNumber: ["社員番号", "従業員番号", "スタッフコード", "社員コード", "従業員コード", "社員ID", "従業員ID", "社員No", "社員No."],
  familyName: ["姓", "苗字", "名字", "氏"],
  givenName: ["名"],
  fullName: ["氏名", "名前", "姓名", "社員名", "従業員名", "氏名（漢字）"],
  familyNameKana: ["姓（ヨミガナ）", "姓（フリガナ）", "姓（カナ）", "姓カナ", "セイ", "姓（ふりがな）"],
  givenNameKana: ["名（ヨミガナ）", "名（フリガナ）", "名（カナ）", "名カナ", "メイ", "名（ふりがな）"],
  fullNameKana: ["フリガナ", "ヨミガナ", "カナ", "氏名（フリガナ）", "氏名（カナ）", "氏名（ヨミガナ）", "カナ氏名"],
  formerFamilyName: ["旧姓", "旧姓・通称（姓）"],
  birthDate: ["生年月日", "誕生日"],
  workEmail: ["メールアドレス", "会社メールアドレス", "業務用メールアドレス", "社用メールアドレス", "メール", "Email", "E-mail"],
  privateEmail: ["個人メールアドレス", "プライベートメールアドレス", "私用メールアドレス", "連絡先メールアドレス", "退職後連絡先メールアドレス"],
  phone: ["電話番号", "携帯電話番号", "携帯番号", "連絡先電話番号", "TEL"],
  department: ["部署", "部署名", "所属", "所属部署", "部門", "所属部門", "メイングループ", "所属グループ"],
  jobTitle: ["役職", "役職名", "職位"],
  grade: ["等級", "グレード", "職能等級", "資格等級"],
  employmentType: ["雇用形態", "雇用区分", "社員区分", "従業員区分", "スタッフ種別"],
  hireDate: ["入社年月日", "入社日"],
  leaveDate: ["退職年月日", "退職日", "退社日"],
  exitType: ["退職区分", "退職事由", "退職種別"],
  exitReason: ["退職理由"],
  exitReasonNote: ["退職理由詳細", "退職理由（詳細）", "退職理由備考", "退職メモ"],
  skills: ["スキル", "保有スキル", "資格", "保有資格"],
  currentEmployer: ["現在の勤務先", "現勤務先", "転職先", "転職先企業"],
  currentRole: ["現在の役職", "現在の職種", "転職先役職"],
};

/**
 * Folds a header for matching: NFKC (full-width → half-width), lower case, katakana → hiragana, spaces and
 * 「・」 dropped, brackets of any width removed but their content kept (「姓（ヨミガナ）」 = 「姓ヨミガナ」),
 * and required-markers such as 「※」「*」「(必須)」 removed.
 */
export function normaliseHeader(header: string): string {
  return foldForSearch(header)
    .replace(/[(（【[<＜]?(必須|任意)[)）】\]>＞]?/g, "")
    .replace(/[()（）【】[\]「」『』<>＜＞*＊※:：]/g, "");
}

export interface UnmatchedHeader {
  index: number;
  header: string;
}

export interface HeaderMatch {
  mapping: FieldMapping;
  unmatched: UnmatchedHeader[];
}

export interface PresetDetection extends HeaderMatch {
  /** "generic" when no preset stands out; the mapping then uses every known column name. */
  presetId: PresetId | "generic";
  /** How many headers the preset's own column names recognised. */
  score: number;
}

const MIN_PRESET_SCORE = 3;

/** The preset whose column names recognise the most headers, and the resulting mapping. */
export function detectPreset(headers: readonly string[]): PresetDetection {
  const normalised = headers.map(normaliseHeader);
  const scored = HEADER_PRESETS.map((preset) => {
    const own = lookupOf([preset.columns]);
    return { preset, score: normalised.filter((header) => own.has(header)).length };
  }).sort((a, b) => b.score - a.score);
  const [best, runnerUp] = scored;
  if (!best || best.score < MIN_PRESET_SCORE || best.score === runnerUp?.score) {
    return { presetId: "generic", score: best?.score ?? 0, ...mapHeaders(headers) };
  }
  return { presetId: best.preset.id, score: best.score, ...mapHeaders(headers, best.preset.id) };
}

/**
 * Maps headers to fields with a preset's names first, then the common names. A field takes the first column
 * that names it; later duplicates and unknown headers are returned as unmatched, for manual mapping.
 */
export function mapHeaders(headers: readonly string[], presetId?: PresetId): HeaderMatch {
  const preset = HEADER_PRESETS.find((candidate) => candidate.id === presetId);
  const lookup = lookupOf(preset ? [preset.columns, COMMON_COLUMN_NAMES] : [...HEADER_PRESETS.map((p) => p.columns), COMMON_COLUMN_NAMES]);
  const mapping: FieldMapping = {};
  const unmatched: UnmatchedHeader[] = [];
  headers.forEach((header, index) => {
    const field = lookup.get(normaliseHeader(header));
    if (field && mapping[field] === undefined) mapping[field] = index;
    else unmatched.push({ index, header });
  });
  return { mapping, unmatched };
}

/** The column name to show in an error about a missing field: the preset's own name, else the common one. */
export function columnNameFor(field: ImportField, presetId?: PresetId | "generic"): string {
  const preset = HEADER_PRESETS.find((candidate) => candidate.id === presetId);
  return preset?.columns[field]?.[0] ?? COMMON_COLUMN_NAMES[field]?.[0] ?? field;
}

function lookupOf(sources: readonly ColumnNames[]): Map<string, ImportField> {
  const lookup = new Map<string, ImportField>();
  for (const source of sources) {
    for (const field of IMPORT_FIELDS) {
      for (const name of source[field] ?? []) {
        const key = normaliseHeader(name);
        if (!lookup.has(key)) lookup.set(key, field);
      }
    }
  }
  return lookup;
}
