import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { EventForm } from "../../features/events/components/event-form";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function EventNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <BackLink to={paths.admin.events} label={t("events.back")} />
      <PageHeader title={t("events.form.newTitle")} description={t("events.form.newDescription")} />
      <EventForm
        onSaved={(event) => {
          notifySuccess(t("events.form.created"));
          void navigate({ to: paths.admin.event, params: { id: event.id } });
        }}
      />
    </>
  );
}
