import { IconAddressBook } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ButtonLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";
import { AlumniDirectory } from "./directory";
import { GroupsList } from "./groups-list";

/** The community's front page for alumni and employees: their groups, and the way to the directory. */
export function CommunityHome({ portal }: { portal: "alumni" | "employee" }) {
  const { t } = useTranslation();
  const directory = portal === "alumni" ? paths.alumni.directory : paths.employee.directory;
  return (
    <>
      <PageHeader
        title={t("community.groups.title")}
        description={t(portal === "alumni" ? "community.groups.description" : "community.groups.employeeDescription")}
        actions={
          <ButtonLink to={directory} variant="light" leftSection={<IconAddressBook size={16} aria-hidden />}>
            {t("community.navDirectory")}
          </ButtonLink>
        }
      />
      <GroupsList portal={portal} />
    </>
  );
}

/** The alumni directory page, in either portal. */
export function DirectoryPage({ portal }: { portal: "alumni" | "employee" }) {
  const { t } = useTranslation();
  const back = portal === "alumni" ? paths.alumni.community : paths.employee.community;
  return (
    <>
      <PageHeader
        title={t("community.directory.title")}
        description={t("community.directory.description")}
        actions={
          <ButtonLink to={back} variant="default">
            {t("community.group.back")}
          </ButtonLink>
        }
      />
      <AlumniDirectory />
    </>
  );
}
