import type { TFunction } from "i18next";
import { BUILT_IN_PRESETS, type BuiltInPreset, type ImportDetection } from "../../../../shared/contracts/imports";

export function isBuiltInPreset(value: string): value is BuiltInPreset {
  return (BUILT_IN_PRESETS as readonly string[]).includes(value);
}

/** The product names are the same in every language; the others are words. */
export function layoutLabel(t: TFunction, preset: ImportDetection["preset"]): string {
  if (isBuiltInPreset(preset)) return t(`imports.layouts.${preset}`);
  if (preset === "saved" || preset === "custom") return t(`imports.layouts.${preset}`);
  return t("imports.layouts.generic");
}
