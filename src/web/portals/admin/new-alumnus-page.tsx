import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { fullName } from "../../features/alumni/components/alumnus-display";
import { CreateAlumnusForm } from "../../features/alumni/components/create-alumnus-form";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function NewAlumnusPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <BackLink to={paths.admin.alumni} label={t("alumni.backToList")} />
      <PageHeader title={t("alumni.new.title")} description={t("alumni.new.description")} />
      <CreateAlumnusForm
        onCreated={(alumnus) => {
          notifySuccess(t("alumni.new.created", { name: fullName(alumnus) }));
          void navigate({ to: paths.admin.alumnus, params: { id: alumnus.id } });
        }}
        onCancel={() => void navigate({ to: paths.admin.alumni })}
      />
    </>
  );
}
