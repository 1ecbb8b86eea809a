import { describe, expect, it } from "vitest";
import { IMPORT_FIELDS, isImportField, pickFields } from "./import-fields";

describe("import fields", () => {
  it("lists the 24 canonical fields", () => {
    expect(IMPORT_FIELDS).toHaveLength(24);
    expect(isImportField("leaveDate")).toBe(true);
    expect(isImportField("salary")).toBe(false);
  });

  it("picks a row's cells by mapping and leaves out columns the row does not have", () => {
    expect(pickFields({ employeeNumber: 0, fullName: 2, leaveDate: 5 }, ["1001", "x", "山田 太郎"])).toEqual({ employeeNumber: "1001", fullName: "山田 太郎" });
  });
});
