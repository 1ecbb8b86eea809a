import type { ImportProblem } from "../../../shared/contracts/imports";
import type { Locale } from "../../../shared/locales";
import type { StoredProblem } from "../../db/schema/imports";
import { type MessageKey, translate } from "../../platform/i18n/messages";

const KEY_OF_HINT: Record<string, MessageKey> = {
  "utf-16": "imports.hint.utf-16",
  "euc-jp": "imports.hint.euc-jp",
  "iso-2022-jp": "imports.hint.iso-2022-jp",
  zip: "imports.hint.zip",
  ole2: "imports.hint.ole2",
};

/** A stored failure or row problem in the reader's language, with the hint that tells what to do. */
export function localiseProblem(locale: Locale, problem: StoredProblem, kind: "failure" | "problem"): ImportProblem {
  const params = problem.params ?? {};
  const base = translate(locale, `imports.${kind}.${problem.code}` as MessageKey, params);
  const hintKey = params.hint ? KEY_OF_HINT[String(params.hint)] : params.kind ? (`imports.garbled.${params.kind}` as MessageKey) : undefined;
  const message = hintKey ? `${base} ${translate(locale, hintKey)}` : base;
  return { row: problem.row, column: problem.column, code: problem.code, message };
}
