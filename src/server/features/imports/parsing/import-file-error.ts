export type ImportFileErrorCode =
  /** Broken quoting (an unclosed quote, text after a closing quote); `rowNumber` is where it starts. */
  | "malformed_csv"
  /** One record exceeds the size limit, usually a quote that is never closed. */
  | "record_too_large"
  /** The archive would expand beyond the limits (total size, compression ratio, entries) or lies about its sizes. */
  | "xlsx_too_large"
  /** Not a readable zip/XLSX file. */
  | "xlsx_unreadable"
  /** An OLE2 container: a password-protected workbook or a legacy .xls file. */
  | "xlsx_encrypted_or_legacy"
  | "xlsx_no_worksheet";

/** A file-level failure that stops reading; row-level problems are yielded as `row_error` instead. */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly rowNumber?: number,
    options?: { cause?: unknown },
  ) {
    super(rowNumber === undefined ? code : `${code} at row ${rowNumber}`, options);
    this.name = "ImportFileError";
  }
}
