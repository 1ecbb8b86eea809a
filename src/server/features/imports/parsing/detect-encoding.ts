import Encoding from "encoding-japanese";
import iconv from "iconv-lite";

export type DetectedEncoding = "utf-8" | "utf-8-bom" | "cp932";

/** What the wizard can tell the person about a file it cannot read as text. */
export type EncodingHint = "utf-16" | "euc-jp" | "iso-2022-jp" | "zip" | "ole2";

export type EncodingDetection =
  | { ok: true; encoding: DetectedEncoding; confidence: number }
  | { ok: false; code: "unknown_encoding" | "binary_file" | "empty_file"; hint?: EncodingHint };

/** How many bytes callers are expected to sample from the start of a file. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ESC = 0x1b;

/**
 * Guesses the encoding of a file from its first bytes (the sample may end in the middle of a character).
 * UTF-8 wins when the bytes are valid UTF-8; CP932 is accepted only when the bytes also decode without
 * a replacement character, so EUC-JP, UTF-16 and binary files are refused instead of imported as mojibake.
 */
export function detectEncoding(sample: Uint8Array): EncodingDetection {
  if (sample.length === 0) return { ok: false, code: "empty_file" };
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: "utf-8-bom", confidence: 1 };
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return { ok: false, code: "unknown_encoding", hint: "utf-16" };
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) return { ok: false, code: "binary_file", hint: "zip" };
  if (startsWith(sample, OLE2_MAGIC)) return { ok: false, code: "binary_file", hint: "ole2" };

  const controls = countControlBytes(sample);
  if (controls.nul > 0) {
    return looksLikeUtf16(sample) ? { ok: false, code: "unknown_encoding", hint: "utf-16" } : { ok: false, code: "binary_file" };
  }
  if (controls.other / sample.length > 0.01) return { ok: false, code: "binary_file" };
  if (controls.escapes > 0 && hasIso2022JpEscape(sample)) return { ok: false, code: "unknown_encoding", hint: "iso-2022-jp" };

  const utf8 = checkUtf8(sample);
  if (utf8.valid) return { ok: true, encoding: "utf-8", confidence: utf8.multibyte ? 0.99 : 0.5 };

  const detected = Encoding.detect(sample);
  if (detected === "EUCJP") return { ok: false, code: "unknown_encoding", hint: "euc-jp" };
  const text = iconv.decode(sample.subarray(0, completeCp932Length(sample)), "cp932");
  if (text.includes("\uFFFD")) return { ok: false, code: "unknown_encoding" };
  return { ok: true, encoding: "cp932", confidence: detected === "SJIS" ? 0.9 : 0.6 };
}

/** The iconv-lite name for a detected encoding (iconv strips a UTF-8 BOM by default). */
export function iconvEncodingName(encoding: DetectedEncoding): "utf8" | "cp932" {
  return encoding === "cp932" ? "cp932" : "utf8";
}

/** Decodes a sample for previews and garble checks, dropping a character cut at the sample's end. */
export function decodeSample(sample: Uint8Array, encoding: DetectedEncoding): string {
  const end = encoding === "cp932" ? completeCp932Length(sample) : completeUtf8Length(sample);
  return iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, end), iconvEncodingName(encoding));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** ISO-2022-JP switches character sets with ESC $ @, ESC $ B, ESC ( B or ESC ( J. */
function hasIso2022JpEscape(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] !== ESC) continue;
    const [second, third] = [bytes[i + 1], bytes[i + 2]];
    if ((second === 0x24 || second === 0x28) && (third === 0x40 || third === 0x42 || third === 0x4a)) return true;
  }
  return false;
}

function countControlBytes(bytes: Uint8Array): { nul: number; escapes: number; other: number } {
  let nul = 0;
  let escapes = 0;
  let other = 0;
  for (const byte of bytes) {
    if (byte === 0) nul++;
    else if (byte === ESC) escapes++;
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) other++;
    else if (byte === 0x7f) other++;
  }
  return { nul, escapes, other };
}

/** UTF-16 text without a BOM: ASCII characters leave a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < limit; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = limit / 2;
  return pairs > 0 && (even / pairs > 0.3 || odd / pairs > 0.3) && Math.min(even, odd) / pairs < 0.05;
}

/** Strict UTF-8 validation (no overlongs, surrogates or code points above U+10FFFF); a sequence cut at the end is allowed. */
function checkUtf8(bytes: Uint8Array): { valid: boolean; multibyte: boolean } {
  let multibyte = false;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(lead);
    if (length === 0) return { valid: false, multibyte };
    const [low, high] = secondByteRange(lead);
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      if (byte === undefined) return { valid: true, multibyte: true };
      if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return { valid: false, multibyte };
    }
    multibyte = true;
    i += length;
  }
  return { valid: true, multibyte };
}

function utf8SequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) return utf8SequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Length without a trailing lone lead byte (Shift_JIS lead bytes are 0x81–0x9F and 0xE0–0xFC). */
function completeCp932Length(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const isLead = (byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc);
    if (isLead && i + 1 === bytes.length) return i;
    i += isLead ? 2 : 1;
  }
  return bytes.length;
}
