import { SimpleGrid } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useMyEvents } from "../../features/events/api/events";
import { MyEventCard } from "../../features/events/components/my-event-card";

export function AlumniEventsPage() {
  const { t } = useTranslation();
  const query = useMyEvents();
  return (
    <>
      <PageHeader title={t("events.mine.title")} description={t("events.mine.description")} />
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState icon={<IconCalendarEvent size={26} />} title={t("events.mine.emptyTitle")} description={t("events.mine.emptyBody")} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {query.data.items.map((event) => (
            <MyEventCard key={event.id} event={event} />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
