import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { useEvent } from "../../features/events/api/events";
import { CheckInList } from "../../features/events/components/check-in-list";
import { useEventNotFound } from "../../features/events/components/event-not-found";
import { currentLocale } from "../../i18n";
import { formatTimeRange } from "../../lib/dates";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function EventCheckInPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const notFound = useEventNotFound();
  const query = useEvent(id);
  return (
    <RecordPage query={query} back={<BackLink to={paths.admin.event} params={{ id }} label={t("events.checkIn.back")} />} notFound={notFound}>
      {(event) => (
        <>
          <PageHeader
            title={t("events.checkIn.title")}
            documentTitle={`${t("events.checkIn.title")} - ${event.titleJa}`}
            description={`${currentLocale() === "en" ? event.titleEn : event.titleJa} · ${formatTimeRange(event.startsAt, event.endsAt)}`}
          />
          <CheckInList eventId={id} />
        </>
      )}
    </RecordPage>
  );
}
