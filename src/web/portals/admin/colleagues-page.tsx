import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { MyColleaguesView } from "../../features/colleagues/components/my-colleagues-view";

/** Console members (HR, managers) can be former colleagues too: the same page as employees have, in the console. */
export function AdminColleaguesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("colleagues.page.title")} description={t("colleagues.page.description")} />
      <MyColleaguesView canRefer={false} />
    </>
  );
}
