import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { usePosition } from "../../features/positions/api/positions";
import { PositionForm } from "../../features/positions/components/position-form";
import { usePositionNotFound } from "../../features/positions/components/position-not-found";
import { currentLocale } from "../../i18n";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function PositionEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const notFound = usePositionNotFound();
  const navigate = useNavigate();
  const query = usePosition(id);
  return (
    <RecordPage query={query} back={<BackLink to={paths.admin.positions} label={t("positions.back")} />} notFound={notFound}>
      {(position) => (
        <>
          <PageHeader title={t("positions.form.editTitle")} description={currentLocale() === "en" ? position.titleEn : position.titleJa} />
          <PositionForm
            position={position}
            onSaved={() => {
              notifySuccess(t("positions.form.saved"));
              void navigate({ to: paths.admin.position, params: { id } });
            }}
          />
        </>
      )}
    </RecordPage>
  );
}
