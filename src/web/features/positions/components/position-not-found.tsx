import { IconBriefcase } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";

/** The "not found" of the console's position pages: say so and lead back to the list. */
export function usePositionNotFound() {
  const { t } = useTranslation();
  return {
    title: t("positions.notFoundTitle"),
    body: t("positions.notFoundBody"),
    icon: <IconBriefcase size={26} />,
    action: <ButtonLink to={paths.admin.positions}>{t("positions.back")}</ButtonLink>,
  };
}
