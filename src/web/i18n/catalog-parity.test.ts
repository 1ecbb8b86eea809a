import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type Catalog = { [key: string]: string | Catalog };

/** Every key of a catalog, with plural suffixes folded (ja has only `_other`, en has `_one` and `_other`). */
function keysOf(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => {
    const name = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`;
    return typeof value === "string" ? [name] : keysOf(value, `${name}.`);
  });
}

const dir = new URL(".", import.meta.url).pathname;
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Catalog;
const pairs = [
  ["ja.json", "en.json"],
  ...readdirSync(join(dir, "areas"))
    .filter((f) => f.endsWith(".ja.json"))
    .map((f) => [`areas/${f}`, `areas/${f.replace(".ja.json", ".en.json")}`]),
];

describe("web copy", () => {
  it.each(pairs)("%s and %s have the same keys", (ja, en) => {
    expect(new Set(keysOf(read(en as string)))).toEqual(new Set(keysOf(read(ja as string))));
  });
});
