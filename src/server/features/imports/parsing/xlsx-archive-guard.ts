import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { pipeline } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { ImportFileError } from "./import-file-error";

export interface XlsxArchiveLimits {
  /** Sum of the entries' uncompressed sizes. */
  maxUncompressedBytes?: number;
  /** Uncompressed ÷ compressed size of one entry, checked for entries above 1 MiB. */
  maxCompressionRatio?: number;
  maxEntries?: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export const DEFAULT_XLSX_LIMITS: Required<XlsxArchiveLimits> = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxEntries: 1000,
};

const RATIO_FLOOR_BYTES = 1024 * 1024;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const DESCRIPTOR_FLAG = 0x8;

/**
 * Refuses XLSX bombs before any XML is parsed. The central directory gives each entry's declared sizes
 * (total and ratio limits); the entries must then tile the file with no hidden data between them (a
 * streaming unzipper reads local headers, not the directory), and each entry is inflated once, counting
 * bytes, so an archive that understates its sizes is caught without ever holding its content in memory.
 */
export async function assertXlsxWithinLimits(path: string, limits: XlsxArchiveLimits = {}): Promise<ZipEntry[]> {
  const { maxUncompressedBytes, maxCompressionRatio, maxEntries } = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const magic = await readAt(file, 0, Math.min(8, size));
    if (magic.length === 8 && magic.equals(OLE2_MAGIC)) throw new ImportFileError("xlsx_encrypted_or_legacy");
    if (magic.length < 4 || magic.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ImportFileError("xlsx_unreadable");

    const directory = await readEndOfCentralDirectory(file, size);
    if (directory.entries > maxEntries) throw new ImportFileError("xlsx_too_large");
    const entries = parseCentralDirectory(await readAt(file, directory.offset, directory.size), directory.entries);

    let total = 0;
    for (const entry of entries) {
      if (entry.flags & ENCRYPTED_FLAG) throw new ImportFileError("xlsx_encrypted_or_legacy");
      if (entry.method !== STORED && entry.method !== DEFLATED) throw new ImportFileError("xlsx_unreadable");
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (total > maxUncompressedBytes || (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > maxCompressionRatio)) {
        throw new ImportFileError("xlsx_too_large");
      }
    }
    await assertEntriesTileTheFile(file, entries, directory.offset, path);
    return entries;
  } finally {
    await file.close();
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function readEndOfCentralDirectory(file: FileHandle, size: number): Promise<{ entries: number; size: number; offset: number }> {
  const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
  const tail = await readAt(file, size - tailLength, tailLength);
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    const entries = tail.readUInt16LE(i + 10);
    const directorySize = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    // ZIP64 markers: a workbook small enough to upload never needs them, a bomb might.
    if (entries === 0xffff || directorySize === 0xffffffff || offset === 0xffffffff) throw new ImportFileError("xlsx_too_large");
    if (offset + directorySize > size - tailLength + i) throw new ImportFileError("xlsx_unreadable");
    return { entries, size: directorySize, offset };
  }
  throw new ImportFileError("xlsx_unreadable");
}

function parseCentralDirectory(buffer: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ImportFileError("xlsx_unreadable");
    const nameLength = buffer.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
      name: buffer.toString("utf8", at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) throw new ImportFileError("xlsx_too_large");
    entries.push(entry);
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

async function assertEntriesTileTheFile(file: FileHandle, entries: readonly ZipEntry[], directoryOffset: number, path: string): Promise<void> {
  let expectedOffset = 0;
  for (const entry of [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)) {
    if (entry.localHeaderOffset !== expectedOffset) throw new ImportFileError("xlsx_unreadable");
    const header = await readAt(file, entry.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ImportFileError("xlsx_unreadable");
    const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    let dataEnd = dataStart + entry.compressedSize;
    if (entry.flags & DESCRIPTOR_FLAG) {
      const descriptor = await readAt(file, dataEnd, 4);
      dataEnd += descriptor.length === 4 && descriptor.readUInt32LE(0) === DESCRIPTOR_SIGNATURE ? 16 : 12;
    }
    if (dataEnd > directoryOffset) throw new ImportFileError("xlsx_unreadable");
    const actual = entry.method === STORED ? entry.compressedSize : await inflatedSize(path, dataStart, entry.compressedSize, entry.uncompressedSize);
    if (actual > entry.uncompressedSize) throw new ImportFileError("xlsx_too_large");
    expectedOffset = dataEnd;
  }
  if (expectedOffset !== directoryOffset) throw new ImportFileError("xlsx_unreadable");
}

/** Inflates a deflated entry without keeping its output, stopping once it passes `limit` bytes. */
async function inflatedSize(path: string, start: number, compressedSize: number, limit: number): Promise<number> {
  if (compressedSize === 0) return 0;
  const inflate = createInflateRaw();
  pipeline(createReadStream(path, { start, end: start + compressedSize - 1 }), inflate, () => {});
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) break;
    }
  } catch (error) {
    throw new ImportFileError("xlsx_unreadable", undefined, { cause: error });
  }
  return total;
}
