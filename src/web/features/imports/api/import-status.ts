import type { ImportStatus } from "../../../../shared/contracts/imports";

/** Queued or running: the worker has not finished, so the import's numbers still move. */
export function isImportActive(status: ImportStatus): boolean {
  return status === "queued" || status === "running";
}
