import { SegmentedControl, SimpleGrid, Stack } from "@mantine/core";
import { IconBookmark, IconBriefcase, IconLock, IconUserQuestion } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { ButtonLink } from "../../components/router-links";
import { useJobs } from "../../features/positions/api/positions";
import { JobCard } from "../../features/positions/components/job-card";
import { MyApplications } from "../../features/positions/components/my-applications";
import { OpenToReturnCard } from "../../features/positions/components/open-to-return-card";
import { isApiError } from "../../lib/api-client";
import { paths } from "../../lib/paths";

function Board({ savedOnly }: { savedOnly: boolean }) {
  const { t } = useTranslation();
  const list = useJobs(savedOnly);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  if (list.isPending) return <PageLoader />;
  if (list.isError) {
    if (isApiError(list.error, "job_consent_required")) {
      return (
        <EmptyState
          icon={<IconLock size={26} />}
          title={t("positions.board.consentTitle")}
          description={t("positions.board.consentBody")}
          action={<ButtonLink to={paths.alumni.consents}>{t("positions.board.consentAction")}</ButtonLink>}
        />
      );
    }
    if (isApiError(list.error, "no_alumni_record")) {
      return <EmptyState icon={<IconUserQuestion size={26} />} title={t("positions.board.noRecordTitle")} description={t("positions.board.noRecordBody")} />;
    }
    return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  }
  if (!items.length) {
    return savedOnly ? (
      <EmptyState icon={<IconBookmark size={26} />} title={t("positions.board.savedEmptyTitle")} description={t("positions.board.savedEmptyBody")} />
    ) : (
      <EmptyState icon={<IconBriefcase size={26} />} title={t("positions.board.emptyTitle")} description={t("positions.board.emptyBody")} />
    );
  }
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("positions.board.listLabel")}>
        {items.map((job) => (
          <JobCard key={job.id} job={job} />
        ))}
      </SimpleGrid>
      <LoadMore shown={items.length} total={total} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
    </Stack>
  );
}

/** The alumni job board: my "open to returning" signal, then openings best match first, my applications below. */
export function AlumniJobsPage() {
  const { t } = useTranslation();
  const [show, setShow] = useState<"all" | "saved">("all");
  return (
    <>
      <PageHeader title={t("positions.board.title")} description={t("positions.board.description")} />
      <Stack gap="lg">
        <OpenToReturnCard />
        <SegmentedControl
          w="fit-content"
          aria-label={t("positions.board.filterLabel")}
          data={[
            { value: "all", label: t("positions.board.all") },
            { value: "saved", label: t("positions.board.saved") },
          ]}
          value={show}
          onChange={(value) => setShow(value === "saved" ? "saved" : "all")}
        />
        <Board savedOnly={show === "saved"} />
        <MyApplications />
      </Stack>
    </>
  );
}
