import { describe, expect, it } from "vitest";
import { columnNameFor, detectPreset, mapHeaders, normaliseHeader } from "./header-presets";
import { missingRequired } from "./import-fields";
import { SAMPLE_HEADERS } from "./sample-exports-fixture";

describe("detectPreset", () => {
  it("recognises a SmartHR export and maps its columns", () => {
    const result = detectPreset([...SAMPLE_HEADERS.smarthr]);
    expect(result.presetId).toBe("smarthr");
    expect(result.mapping).toEqual({
      employeeNumber: 0,
      familyName: 1,
      givenName: 2,
      familyNameKana: 3,
      givenNameKana: 4,
      formerFamilyName: 5,
      birthDate: 6,
      workEmail: 8,
      phone: 9,
      department: 10,
      jobTitle: 11,
      grade: 12,
      employmentType: 13,
      hireDate: 14,
      leaveDate: 15,
      exitType: 16,
      exitReason: 17,
    });
    expect(result.unmatched).toEqual([{ index: 7, header: "性別" }]);
    expect(missingRequired(result.mapping)).toEqual([]);
  });

  it("recognises a freee人事労務 export", () => {
    const result = detectPreset([...SAMPLE_HEADERS.freee]);
    expect(result.presetId).toBe("freee");
    expect(result.mapping).toMatchObject({
      employeeNumber: 0,
      familyNameKana: 3,
      givenNameKana: 4,
      department: 7,
      hireDate: 10,
      leaveDate: 11,
      exitType: 12,
      exitReason: 13,
    });
    expect(result.unmatched).toEqual([]);
  });

  it("recognises a ジョブカン労務HR export (half-width brackets)", () => {
    const result = detectPreset([...SAMPLE_HEADERS.jobcan]);
    expect(result.presetId).toBe("jobcan");
    expect(result.mapping).toMatchObject({
      employeeNumber: 0,
      familyNameKana: 3,
      givenNameKana: 4,
      formerFamilyName: 5,
      department: 8,
      leaveDate: 12,
      exitType: 13,
    });
  });

  it("recognises a カオナビ export, with a full name instead of family and given names", () => {
    const result = detectPreset([...SAMPLE_HEADERS.kaonavi]);
    expect(result.presetId).toBe("kaonavi");
    expect(result.mapping).toMatchObject({ employeeNumber: 0, fullName: 1, fullNameKana: 2, department: 6, leaveDate: 10, skills: 12 });
    expect(result.unmatched.map((u) => u.header)).toEqual(["性別"]);
    expect(missingRequired(result.mapping)).toEqual([]);
  });

  it("recognises a jinjer export, with work and private e-mail", () => {
    const result = detectPreset([...SAMPLE_HEADERS.jinjer]);
    expect(result.presetId).toBe("jinjer");
    expect(result.mapping).toMatchObject({
      employeeNumber: 0,
      fullName: 1,
      fullNameKana: 2,
      workEmail: 3,
      privateEmail: 4,
      department: 5,
      employmentType: 7,
      leaveDate: 9,
    });
  });

  it("falls back to the generic names for a hand-made sheet, and lists the headers it could not place", () => {
    const result = detectPreset(["No.", "氏名", "退職日", "メモ", "現在の勤務先"]);
    expect(result.presetId).toBe("generic");
    expect(result.mapping).toEqual({ fullName: 1, leaveDate: 2, currentEmployer: 4 });
    expect(result.unmatched).toEqual([
      { index: 0, header: "No." },
      { index: 3, header: "メモ" },
    ]);
  });

  it("matches headers whatever their width, spacing, brackets and required markers", () => {
    const result = detectPreset(["社員番号 ※必須", "姓　", " 名", "姓 [ヨミガナ]", "名【ﾖﾐｶﾞﾅ】", "退職年月日(必須)", "ﾒｰﾙｱﾄﾞﾚｽ", "部署"]);
    expect(result.mapping).toEqual({
      employeeNumber: 0,
      familyName: 1,
      givenName: 2,
      familyNameKana: 3,
      givenNameKana: 4,
      leaveDate: 5,
      workEmail: 6,
      department: 7,
    });
    expect(result.unmatched).toEqual([]);
  });

  it("keeps the first of two columns with the same meaning and reports the second", () => {
    const result = mapHeaders(["社員番号", "メールアドレス", "Email", "退職日"]);
    expect(result.mapping).toEqual({ employeeNumber: 0, workEmail: 1, leaveDate: 3 });
    expect(result.unmatched).toEqual([{ index: 2, header: "Email" }]);
  });

  it("reports empty headers as unmatched columns", () => {
    expect(mapHeaders(["社員番号", "", "退職日"]).unmatched).toEqual([{ index: 1, header: "" }]);
  });
});

describe("normaliseHeader", () => {
  it("folds width, kana, case and brackets", () => {
    expect(normaliseHeader("姓（ヨミガナ）")).toBe(normaliseHeader("姓(ﾖﾐｶﾞﾅ)"));
    expect(normaliseHeader("【氏名】")).toBe(normaliseHeader("氏名"));
    expect(normaliseHeader("ＥＭＡＩＬ")).toBe(normaliseHeader("email"));
  });
});

describe("missingRequired", () => {
  it("accepts a work e-mail instead of an employee number, and a full name instead of family and given names", () => {
    expect(missingRequired({ workEmail: 0, fullName: 1, leaveDate: 2 })).toEqual([]);
  });

  it("names each missing requirement with its alternatives", () => {
    const missing = missingRequired({ familyName: 0, hireDate: 1 });
    expect(missing.map((m) => m.code)).toEqual(["identifier", "name", "leaveDate"]);
    expect(missing[1]?.anyOf).toEqual([["familyName", "givenName"], ["fullName"]]);
  });

  it("gives the column names to ask for, in the detected product's words", () => {
    expect(columnNameFor("leaveDate", "smarthr")).toBe("退職年月日");
    expect(columnNameFor("leaveDate", "freee")).toBe("退職日");
    expect(columnNameFor("employeeNumber", "jobcan")).toBe("スタッフコード");
    expect(columnNameFor("currentRole", "smarthr")).toBe("現在の役職");
    expect(columnNameFor("leaveDate", "generic")).toBe("退職年月日");
  });
});
