import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { useEvent } from "../../features/events/api/events";
import { EventForm } from "../../features/events/components/event-form";
import { useEventNotFound } from "../../features/events/components/event-not-found";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function EventEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const notFound = useEventNotFound();
  const navigate = useNavigate();
  const query = useEvent(id);
  return (
    <RecordPage query={query} back={<BackLink to={paths.admin.events} label={t("events.back")} />} notFound={notFound}>
      {(event) => (
        <>
          <PageHeader title={t("events.form.editTitle")} description={event.titleJa} />
          <EventForm
            event={event}
            onSaved={() => {
              notifySuccess(t("events.form.saved"));
              void navigate({ to: paths.admin.event, params: { id } });
            }}
          />
        </>
      )}
    </RecordPage>
  );
}
