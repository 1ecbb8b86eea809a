import { expect } from "vitest";
import type { AlumniImport } from "../../src/shared/contracts/imports";
import type { TestApp } from "./test-app";

/** Uploads a file as a browser form would and returns the response. */
export async function upload(
  t: TestApp,
  cookie: string,
  content: string | Uint8Array,
  fields: Record<string, string> = {},
  fileName = "export.csv",
  headers: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.set("file", new File([content as BlobPart], fileName));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return t.request("/api/v1/alumni/imports", { method: "POST", cookie, body: form, headers });
}

/** Polls an import until its job has finished. */
export async function finished(t: TestApp, cookie: string, id: string, headers: Record<string, string> = {}): Promise<AlumniImport> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const body = (await (await t.request(`/api/v1/alumni/imports/${id}`, { cookie, headers })).json()) as AlumniImport;
    if (body.status === "succeeded" || body.status === "failed") return body;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Uploads and waits for the result. */
export async function importFile(t: TestApp, cookie: string, content: string | Uint8Array, fields: Record<string, string> = {}, fileName?: string) {
  const res = await upload(t, cookie, content, fields, fileName);
  expect(res.status, await res.clone().text()).toBe(202);
  return finished(t, cookie, (await res.json()).id);
}
