import { IconCalendarEvent } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";

/** The "not found" of the console's event pages: say so and lead back to the list. */
export function useEventNotFound() {
  const { t } = useTranslation();
  return {
    title: t("events.notFoundTitle"),
    body: t("events.notFoundBody"),
    icon: <IconCalendarEvent size={26} />,
    action: <ButtonLink to={paths.admin.events}>{t("events.back")}</ButtonLink>,
  };
}
