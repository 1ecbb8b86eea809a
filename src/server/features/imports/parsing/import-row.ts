/**
 * One row of an uploaded file. `rowNumber` is the row as a person sees it when opening the file in Excel
 * (the header is row 1 when it is on the first line; blank rows count but are not yielded). The first row
 * yielded is the header; every later row has the header's number of cells or is a `row_error`.
 */
export type ImportRow =
  | { kind: "row"; rowNumber: number; cells: string[] }
  | { kind: "row_error"; rowNumber: number; code: "column_count_mismatch"; expected: number; actual: number };
