/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type DateParseErrorCode = "empty" | "unrecognised_format" | "invalid_date" | "date_outside_era" | "serial_out_of_range";

export type DateParseResult = { ok: true; date: IsoDate } | { ok: false; code: DateParseErrorCode };

export type EraName = "令和" | "平成" | "昭和" | "大正";

interface Era {
  name: EraName;
  letter: string;
  first: [number, number, number];
  last: [number, number, number] | null;
}

/** First and last days of each era (the accession and the day before the next one). */
export const ERAS: readonly Era[] = [
  { name: "令和", letter: "r", first: [2019, 5, 1], last: null },
  { name: "平成", letter: "h", first: [1989, 1, 8], last: [2019, 4, 30] },
  { name: "昭和", letter: "s", first: [1926, 12, 25], last: [1989, 1, 7] },
  { name: "大正", letter: "t", first: [1912, 7, 30], last: [1926, 12, 24] },
];

const SEPARATED = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const KANJI = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;
const ERA = /^(令和|平成|昭和|大正|[rhst])(元|\d{1,2})(?:年(\d{1,2})月(\d{1,2})日?|([/.-])(\d{1,2})\5(\d{1,2}))$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const TRAILING_TIME = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const TRAILING_WEEKDAY = /\s*\([月火水木金土日]\)$/;

/**
 * Parses the dates found in Japanese HR exports into `YYYY-MM-DD` without `Date` string parsing:
 * `2023/4/1`, `2023-04-01`, `2023.4.1`, `20230401`, `2023年4月1日`, full-width digits, 和暦
 * (`令和5年4月1日`, `令和元年5月1日`, `R5.4.1`, `H31.4.30`, `㍻31年4月30日`, …), an optional trailing time or
 * weekday (`2023/04/01 0:00`, `2023/04/01(土)`), and Excel serial numbers (1900 date system).
 */
export function parseJapaneseDate(input: string | number | null | undefined): DateParseResult {
  if (input === null || input === undefined) return fail("empty");
  if (typeof input === "number") return excelSerialToIsoDate(input);

  const text = input.normalize("NFKC").trim().replace(TRAILING_WEEKDAY, "").replace(TRAILING_TIME, "").replace(/\s+/g, "").toLowerCase();
  if (text === "") return fail("empty");

  const separated = text.match(SEPARATED);
  if (separated) return fromParts(separated[1], separated[3], separated[4]);
  const western = text.match(COMPACT) ?? text.match(KANJI);
  if (western) return fromParts(western[1], western[2], western[3]);

  const era = text.match(ERA);
  if (era) return fromEra(era);

  if (SERIAL_TEXT.test(text)) return excelSerialToIsoDate(Number(text));
  return fail("unrecognised_format");
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is the 1900-02-29 that never was (Lotus 1-2-3's bug). */
export function excelSerialToIsoDate(serial: number): DateParseResult {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return fail("serial_out_of_range");
  const day = Math.floor(serial);
  if (day === 60) return fail("invalid_date");
  const [year, month, date] = civilFromDays(EXCEL_DAY_ONE + (day < 60 ? day - 1 : day - 2));
  return { ok: true, date: formatIsoDate(year, month, date) };
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fromEra(match: RegExpMatchArray): DateParseResult {
  const [, eraText, yearText, kanjiMonth, kanjiDay, , separatedMonth, separatedDay] = match;
  const era = ERAS.find((candidate) => candidate.name === eraText || candidate.letter === eraText);
  if (!era || !yearText) return fail("unrecognised_format");
  const eraYear = yearText === "元" ? 1 : Number(yearText);
  if (eraYear < 1) return fail("invalid_date");
  const year = era.first[0] + eraYear - 1;
  const month = Number(kanjiMonth ?? separatedMonth);
  const day = Number(kanjiDay ?? separatedDay);
  if (!isValidCalendarDate(year, month, day)) return fail("invalid_date");
  const key = dateKey(year, month, day);
  if (key < dateKey(...era.first) || (era.last && key > dateKey(...era.last))) return fail("date_outside_era");
  return { ok: true, date: formatIsoDate(year, month, day) };
}

function fromParts(yearText?: string, monthText?: string, dayText?: string): DateParseResult {
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  if (!isValidCalendarDate(year, month, day)) return fail("invalid_date");
  return { ok: true, date: formatIsoDate(year, month, day) };
}

function fail(code: DateParseErrorCode): DateParseResult {
  return { ok: false, code };
}

function dateKey(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Howard Hinnant's days_from_civil / civil_from_days: proleptic Gregorian, day 0 = 1970-01-01.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const EXCEL_DAY_ONE = daysFromCivil(1900, 1, 1);
