import { useState } from "react";
import { type ColumnMapping, IMPORT_FIELDS, type ImportDetection, type ImportField } from "../../../../shared/contracts/imports";

/** The field each column of the file fills ("" = not imported), by column position. */
export type ColumnFields = (ImportField | "")[];

export function columnsFromMapping(headers: readonly string[], mapping: ColumnMapping): ColumnFields {
  const columns: ColumnFields = headers.map(() => "");
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    const index = header === undefined ? -1 : headers.indexOf(header);
    if (index >= 0) columns[index] = field;
  }
  return columns;
}

export function mappingFromColumns(headers: readonly string[], columns: ColumnFields): ColumnMapping {
  const mapping: ColumnMapping = {};
  columns.forEach((field, index) => {
    const header = headers[index];
    if (field && header) mapping[field] = header;
  });
  return mapping;
}

function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  return IMPORT_FIELDS.every((field) => a[field] === b[field]);
}

/** HR's edits to the detected mapping; a field moves to the column it was last chosen for. */
export function useMappingDraft(detection: ImportDetection) {
  const { headers } = detection;
  const [columns, setColumns] = useState(() => columnsFromMapping(headers, detection.mapping));
  const mapping = mappingFromColumns(headers, columns);

  const setColumn = (index: number, field: ImportField | "") =>
    setColumns((current) => current.map((existing, i) => (i === index ? field : existing === field ? "" : existing)));

  return {
    headers,
    columns,
    mapping,
    dirty: !sameMapping(mapping, detection.mapping),
    setColumn,
    reset: () => setColumns(columnsFromMapping(headers, detection.mapping)),
  };
}

export type MappingDraft = ReturnType<typeof useMappingDraft>;

/** The same rule the server applies: someone to match on, a name, and a leave date. */
const REQUIREMENTS = [
  { code: "identifier", anyOf: [["employeeNumber"], ["workEmail"]] },
  { code: "name", anyOf: [["familyName", "givenName"], ["fullName"]] },
  { code: "leaveDate", anyOf: [["leaveDate"]] },
] as const satisfies readonly { code: string; anyOf: readonly (readonly ImportField[])[] }[];

export type RequirementCode = (typeof REQUIREMENTS)[number]["code"];

export function missingRequirements(mapping: ColumnMapping): RequirementCode[] {
  return REQUIREMENTS.filter((requirement) => !requirement.anyOf.some((fields) => fields.every((field) => mapping[field] !== undefined))).map(
    (requirement) => requirement.code,
  );
}
