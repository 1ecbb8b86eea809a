import { notifications } from "@mantine/notifications";
import { i18n } from "../i18n";
import { isApiError } from "./api-client";

function closeButtonProps() {
  return { "aria-label": i18n.t("common.close") };
}

/** A short success toast. */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: "teal", title, message, closeButtonProps: closeButtonProps() });
}

/** An API problem as a toast, for actions that have no form to show it in. */
export function notifyProblem(error: unknown): void {
  notifications.show({
    color: "red",
    title: isApiError(error) ? error.problem.title : i18n.t("errors.unexpectedTitle"),
    message: isApiError(error) ? (error.problem.detail ?? "") : i18n.t("errors.unexpectedGeneric"),
    closeButtonProps: closeButtonProps(),
    autoClose: 8000,
  });
}
