import { describe, expect, it } from "vitest";
import { excelSerialToIsoDate, isValidCalendarDate, parseJapaneseDate } from "./parse-japanese-date";

describe("parseJapaneseDate — western formats", () => {
  it.each([
    ["2023/04/01", "2023-04-01"],
    ["2023/4/1", "2023-04-01"],
    ["2023-04-01", "2023-04-01"],
    ["2023.4.1", "2023-04-01"],
    ["20230401", "2023-04-01"],
    ["2023年4月1日", "2023-04-01"],
    ["2023年04月01日", "2023-04-01"],
    ["２０２３／０４／０１", "2023-04-01"],
    ["２０２３年４月１日", "2023-04-01"],
    ["  2023/04/01  ", "2023-04-01"],
    ["2023/04/01 0:00", "2023-04-01"],
    ["2023/04/01 00:00:00", "2023-04-01"],
    ["2023-04-01T09:30:00", "2023-04-01"],
    ["2023/04/01(土)", "2023-04-01"],
    ["2023/04/01（土）", "2023-04-01"],
    ["2024/02/29", "2024-02-29"],
    ["2000/02/29", "2000-02-29"],
  ])("%s → %s", (input, expected) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: true, date: expected });
  });
});

describe("parseJapaneseDate — 和暦", () => {
  it.each([
    ["令和5年4月1日", "2023-04-01"],
    ["令和元年5月1日", "2019-05-01"],
    ["令和1年5月1日", "2019-05-01"],
    ["令和 5年 4月 1日", "2023-04-01"],
    ["令和５年４月１日", "2023-04-01"],
    ["R5.4.1", "2023-04-01"],
    ["R05/04/01", "2023-04-01"],
    ["r5-4-1", "2023-04-01"],
    ["R5年4月1日", "2023-04-01"],
    ["Ｒ５．４．１", "2023-04-01"],
    ["㋿5年4月1日", "2023-04-01"],
    ["H31.4.30", "2019-04-30"],
    ["平成31年4月30日", "2019-04-30"],
    ["平成元年1月8日", "1989-01-08"],
    ["㍻元年1月8日", "1989-01-08"],
    ["H1.1.8", "1989-01-08"],
    ["S64.1.7", "1989-01-07"],
    ["昭和64年1月7日", "1989-01-07"],
    ["昭和元年12月25日", "1926-12-25"],
    ["S50.10.10", "1975-10-10"],
    ["T15.12.24", "1926-12-24"],
    ["大正元年7月30日", "1912-07-30"],
    ["大正15年12月24日", "1926-12-24"],
  ])("%s → %s", (input, expected) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: true, date: expected });
  });

  it.each([
    ["H31.5.1", "平成 ended on 2019-04-30"],
    ["平成31年5月1日", "平成 ended on 2019-04-30"],
    ["令和元年4月30日", "令和 began on 2019-05-01"],
    ["R1.4.1", "令和 began on 2019-05-01"],
    ["平成元年1月7日", "平成 began on 1989-01-08"],
    ["S64.1.8", "昭和 ended on 1989-01-07"],
    ["昭和元年12月24日", "昭和 began on 1926-12-25"],
    ["T15.12.25", "大正 ended on 1926-12-24"],
    ["大正元年7月29日", "大正 began on 1912-07-30"],
    ["H40.1.1", "平成 has no year 40"],
  ])("%s is outside its era (%s)", (input) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: false, code: "date_outside_era" });
  });
});

describe("parseJapaneseDate — errors", () => {
  it.each(["2023/02/29", "2023-13-01", "2023/04/31", "20230230", "2023年0月1日", "1900/02/29", "R5.2.29", "令和0年5月1日"])(
    "%s is not a calendar date",
    (input) => {
      expect(parseJapaneseDate(input)).toEqual({ ok: false, code: "invalid_date" });
    },
  );

  it.each(["23/04/01", "2023/04", "2023/04-01", "April 1, 2023", "明日", "M45.7.29", "X5.4.1", "2023/04/01 25時"])("%s is not a recognised format", (input) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: false, code: "unrecognised_format" });
  });

  it.each(["", "   ", "\u3000", null, undefined])("%j is empty", (input) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: false, code: "empty" });
  });
});

describe("Excel serial numbers (1900 date system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [43586, "2019-05-01"],
    [45017, "2023-04-01"],
    [45017.75, "2023-04-01"],
    [2958465, "9999-12-31"],
  ])("%d → %s", (serial, expected) => {
    expect(parseJapaneseDate(serial)).toEqual({ ok: true, date: expected });
    expect(excelSerialToIsoDate(serial)).toEqual({ ok: true, date: expected });
  });

  it("rejects serial 60, Excel's non-existent 1900-02-29", () => {
    expect(parseJapaneseDate(60)).toEqual({ ok: false, code: "invalid_date" });
  });

  it.each([0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d", (serial) => {
    expect(parseJapaneseDate(serial)).toEqual({ ok: false, code: "serial_out_of_range" });
  });

  it("reads a five-digit serial written as text (a date column exported from Excel as General)", () => {
    expect(parseJapaneseDate("45017")).toEqual({ ok: true, date: "2023-04-01" });
  });
});

describe("isValidCalendarDate", () => {
  it("follows the Gregorian leap-year rules", () => {
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(1900, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2000, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 6, 31)).toBe(false);
  });
});
