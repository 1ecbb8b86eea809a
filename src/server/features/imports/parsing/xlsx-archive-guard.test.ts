import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertXlsxWithinLimits } from "./xlsx-archive-guard";
import { buildZip, workbookEntries } from "./zip-test-fixture";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "okaeri-zip-guard-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe("assertXlsxWithinLimits", () => {
  it("accepts a workbook written by exceljs and lists its entries", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("社員").addRow(["社員番号", "氏名"]);
    const path = join(dir, "plain.xlsx");
    await workbook.xlsx.writeFile(path);
    const entries = await assertXlsxWithinLimits(path);
    expect(entries.map((entry) => entry.name)).toContain("xl/worksheets/sheet1.xml");
  });

  it("refuses an archive whose entry expands more than 100 times (a zip bomb)", async () => {
    const bomb = buildZip(workbookEntries(400_000));
    const path = await fileWith("bomb.xlsx", bomb);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(assertXlsxWithinLimits(path)).rejects.toMatchObject({ code: "xlsx_too_large" });
    await expect(assertXlsxWithinLimits(path, { maxCompressionRatio: 10_000 })).resolves.toHaveLength(4);
  });

  it("refuses an archive whose total uncompressed size passes the limit", async () => {
    const path = await fileWith("big.xlsx", buildZip(workbookEntries(2_000)));
    await expect(assertXlsxWithinLimits(path, { maxUncompressedBytes: 50_000 })).rejects.toMatchObject({ code: "xlsx_too_large" });
    await expect(assertXlsxWithinLimits(path, { maxUncompressedBytes: 500_000 })).resolves.toHaveLength(4);
  });

  it("refuses an archive that understates its uncompressed sizes", async () => {
    const entries = workbookEntries(100_000).map((entry) => ({ ...entry, declaredSize: 1_000 }));
    const path = await fileWith("liar.xlsx", buildZip(entries));
    await expect(assertXlsxWithinLimits(path)).rejects.toMatchObject({ code: "xlsx_too_large" });
  });

  it("refuses data hidden between entries, which a streaming unzipper would still read", async () => {
    const hidden = buildZip([{ name: "xl/worksheets/sheet2.xml", data: Buffer.from("<x/>") }]).subarray(0, 60);
    const path = await fileWith("hidden.xlsx", buildZip(workbookEntries(10), { gapAfterFirstEntry: hidden }));
    await expect(assertXlsxWithinLimits(path)).rejects.toMatchObject({ code: "xlsx_unreadable" });
  });

  it("refuses too many entries", async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ name: `x${i}.xml`, data: Buffer.from("<x/>") }));
    const path = await fileWith("many.xlsx", buildZip(entries));
    await expect(assertXlsxWithinLimits(path, { maxEntries: 20 })).rejects.toMatchObject({ code: "xlsx_too_large" });
  });

  it("recognises a legacy .xls or password-protected workbook (OLE2) and files that are not zips", async () => {
    const ole = await fileWith("legacy.xls", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    await expect(assertXlsxWithinLimits(ole)).rejects.toMatchObject({ code: "xlsx_encrypted_or_legacy" });
    const csv = await fileWith("renamed.xlsx", Buffer.from("社員番号,氏名\n1,山田\n"));
    await expect(assertXlsxWithinLimits(csv)).rejects.toMatchObject({ code: "xlsx_unreadable" });
    const truncated = buildZip(workbookEntries(10));
    const cut = await fileWith("cut.xlsx", truncated.subarray(0, truncated.length - 30));
    await expect(assertXlsxWithinLimits(cut)).rejects.toMatchObject({ code: "xlsx_unreadable" });
  });
});
