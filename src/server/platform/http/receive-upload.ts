import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import type { Context } from "hono";
import { DomainError, Invalid, TooLarge } from "../errors/domain-error";
import { translate } from "../i18n/messages";
import type { AppEnv } from "./app-env";

export interface ReceivedUpload {
  /** Path of the stored file relative to the uploads directory. */
  key: string;
  fileName: string;
  size: number;
  fields: Record<string, string>;
}

const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Streams the `file` part of a multipart request to `<uploadsDir>/<folder>/<random id>` without holding it
 * in memory, with its text fields. Over `maxBytes` the partial file is removed and the request refused (413).
 */
export async function receiveUpload(c: Context<AppEnv>, options: { uploadsDir: string; folder: string; maxBytes: number }): Promise<ReceivedUpload> {
  const locale = c.get("base").locale;
  const declared = Number(c.req.header("content-length") ?? 0);
  if (declared > options.maxBytes + MAX_FIELD_BYTES) throw TooLarge("file_too_large", "errors.file_too_large");
  const contentType = c.req.header("content-type") ?? "";
  const body = c.req.raw.body;
  if (!contentType.startsWith("multipart/form-data") || !body) throw missingFile(locale);

  await mkdir(join(options.uploadsDir, options.folder), { recursive: true });
  const key = join(options.folder, randomUUID());
  const path = join(options.uploadsDir, key);
  const fields: Record<string, string> = {};
  let file: { name: string; size: number; written: Promise<void> } | undefined;
  let tooLarge = false;

  const parser = busboy({
    headers: { "content-type": contentType },
    defParamCharset: "utf8",
    limits: { fileSize: options.maxBytes, files: 1, fields: 20, fieldSize: MAX_FIELD_BYTES },
  });
  parser.on("field", (name, value) => {
    fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || file) {
      stream.resume();
      return;
    }
    const current = { name: info.filename || "upload", size: 0, written: Promise.resolve() };
    stream.on("data", (chunk: Buffer) => {
      current.size += chunk.length;
    });
    stream.on("limit", () => {
      tooLarge = true;
    });
    current.written = pipeline(stream, createWriteStream(path));
    file = current;
  });
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), parser);
    await file?.written;
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof DomainError) throw error;
    throw Invalid([{ path: "file", code: "malformed_upload", message: translate(locale, "validation.malformed_upload") }]);
  }
  if (tooLarge) {
    await rm(path, { force: true });
    throw TooLarge("file_too_large", "errors.file_too_large");
  }
  if (!file || file.size === 0) {
    await rm(path, { force: true });
    throw missingFile(locale);
  }
  return { key, fileName: file.name, size: file.size, fields };
}

const missingFile = (locale: "ja" | "en") => Invalid([{ path: "file", code: "required", message: translate(locale, "validation.file_required") }]);
