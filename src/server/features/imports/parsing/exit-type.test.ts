import { describe, expect, it } from "vitest";
import { normaliseExitType } from "./exit-type";

describe("normaliseExitType", () => {
  it.each([
    ["自己都合", "voluntary"],
    ["自己都合退職", "voluntary"],
    ["自己都合（転職）", "voluntary"],
    ["依願退職", "voluntary"],
    ["一身上の都合", "voluntary"],
    ["契約期間満了", "contract_end"],
    ["契約満了", "contract_end"],
    ["雇止め", "contract_end"],
    ["定年", "retirement"],
    ["定年退職", "retirement"],
    ["会社都合", "company_initiated"],
    ["会社都合退職", "company_initiated"],
    ["解雇", "company_initiated"],
    ["懲戒解雇", "company_initiated"],
    ["希望退職", "company_initiated"],
    ["退職勧奨", "company_initiated"],
    ["休職期間満了", "other"],
    ["死亡退職", "other"],
    ["転籍", "other"],
    ["その他", "other"],
    ["ｿﾉ他", "other"],
    [" 自己都合 ", "voluntary"],
    ["voluntary", "voluntary"],
    ["company_initiated", "company_initiated"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseExitType(input)).toBe(expected);
  });

  it("returns null for an empty or unknown value so the wizard can ask", () => {
    expect(normaliseExitType("")).toBeNull();
    expect(normaliseExitType("　")).toBeNull();
    expect(normaliseExitType("不明")).toBeNull();
  });
});
