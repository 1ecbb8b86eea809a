import type { CandidateCard, Stage } from "../../../../shared/contracts/pipeline";
import { currentLocale } from "../../../i18n";

/** A stage's name in the reader's language. */
export const stageName = (stage: Pick<Stage, "nameJa" | "nameEn">) => (currentLocale() === "en" ? stage.nameEn : stage.nameJa);

/** The position title in the reader's language, when the candidacy has one. */
export const positionTitle = (card: Pick<CandidateCard, "positionTitleJa" | "positionTitleEn">) =>
  (currentLocale() === "en" ? card.positionTitleEn : card.positionTitleJa) ?? null;

export const stageColor = (stage: Pick<Stage, "kind">) =>
  stage.kind === "hired" ? "teal" : stage.kind === "declined" ? "red" : stage.kind === "withdrawn" ? "gray" : "blue";
