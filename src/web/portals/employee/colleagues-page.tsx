import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { MyColleaguesView } from "../../features/colleagues/components/my-colleagues-view";

export function EmployeeColleaguesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("colleagues.page.title")} description={t("colleagues.page.description")} />
      <MyColleaguesView canRefer />
    </>
  );
}
