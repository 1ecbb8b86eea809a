import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { PositionForm } from "../../features/positions/components/position-form";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function PositionNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <BackLink to={paths.admin.positions} label={t("positions.back")} />
      <PageHeader title={t("positions.form.newTitle")} description={t("positions.form.newDescription")} />
      <PositionForm
        onSaved={(position) => {
          notifySuccess(t("positions.form.created"));
          void navigate({ to: paths.admin.position, params: { id: position.id } });
        }}
      />
    </>
  );
}
