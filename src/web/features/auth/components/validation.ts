import { Email } from "../../../../shared/contracts/common";
import { i18n } from "../../../i18n";

export const MIN_PASSWORD_LENGTH = 10;

export const emailRule = (value: string) => (Email.safeParse(value).success ? null : i18n.t("validation.email"));

export const requiredRule = (value: string) => (value.trim().length > 0 ? null : i18n.t("validation.required"));

export const newPasswordRule = (value: string) =>
  value.length >= MIN_PASSWORD_LENGTH ? null : i18n.t("validation.passwordLength", { min: MIN_PASSWORD_LENGTH });

export const confirmPasswordRule = (value: string, values: { password: string }) => (value === values.password ? null : i18n.t("validation.passwordMismatch"));
