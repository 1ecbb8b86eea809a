import { describe, expect, it } from "vitest";
import { rowToAlumnus } from "./row-to-alumnus";

const columnOf = (field: string) => `<${field}>`;

describe("rowToAlumnus", () => {
  it("splits 氏名 and フリガナ at a full- or half-width space and folds half-width kana", () => {
    const { values, problems } = rowToAlumnus({ employeeNumber: "００７", fullName: "林　直子", fullNameKana: "ﾊﾔｼ ﾅｵｺ", leaveDate: "R5.4.1" }, columnOf);
    expect(problems).toEqual([]);
    expect(values).toEqual({
      employeeNumber: "007",
      familyName: "林",
      givenName: "直子",
      familyNameKana: "ハヤシ",
      givenNameKana: "ナオコ",
      leaveDate: "2023-04-01",
    });
  });

  it("leaves empty cells out, so an update keeps what HR already has", () => {
    const { values } = rowToAlumnus(
      { employeeNumber: "1", familyName: "山田", givenName: "太郎", leaveDate: "2020/03/31", privateEmail: "", department: " " },
      columnOf,
    );
    expect(values).not.toHaveProperty("privateEmail");
    expect(values).not.toHaveProperty("department");
  });

  it("maps exit reasons to exit types and keeps the wording as the reason category; unknown types become other", () => {
    const known = rowToAlumnus({ workEmail: "A@X.JP", fullName: "山田 太郎", leaveDate: "2020-03-31", exitReason: "契約期間満了" }, columnOf);
    expect(known.values).toMatchObject({ workEmail: "a@x.jp", exitType: "contract_end", exitReasonCategory: "契約期間満了" });
    const unknown = rowToAlumnus({ workEmail: "a@x.jp", fullName: "山田 太郎", leaveDate: "2020-03-31", exitType: "出向" }, columnOf);
    expect(unknown.values.exitType).toBe("other");
  });

  it("names the column of every problem", () => {
    const { problems } = rowToAlumnus(
      { fullName: "山田太郎", leaveDate: "2020/13/01", hireDate: "2019/04/01", workEmail: "not-an-email", skills: "x".repeat(60) },
      columnOf,
    );
    expect(problems.map((p) => [p.column, p.code])).toEqual([
      ["<fullName>", "name_not_split"],
      ["<leaveDate>", "invalid_date"],
      ["<workEmail>", "invalid_email"],
      ["<skills>", "too_long"],
    ]);
  });

  it("needs an employee number or a work email, and a leave date after the hire date", () => {
    const { problems } = rowToAlumnus({ familyName: "山田", givenName: "太郎", hireDate: "令和2年4月1日", leaveDate: "平成31年3月31日" }, columnOf);
    expect(problems.map((p) => p.code)).toEqual(["identifier_required", "leave_before_hire"]);
  });
});
