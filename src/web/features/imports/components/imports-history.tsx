import { IconHistory } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { useImports } from "../api/get-imports";
import { ImportSection } from "./import-section";
import { ImportsHistoryTable } from "./imports-history-table";

export function ImportsHistory() {
  const { t } = useTranslation();
  const imports = useImports();
  const items = imports.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <ImportSection title={t("imports.history.title")}>
      {imports.isPending ? (
        <PageLoader minHeight={120} />
      ) : imports.isError ? (
        <ProblemAlert error={imports.error} onRetry={() => void imports.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconHistory size={26} />} title={t("imports.history.emptyTitle")} description={t("imports.history.emptyBody")} />
      ) : (
        <>
          <ImportsHistoryTable imports={items} />
          <LoadMore
            shown={items.length}
            total={imports.data.pages.at(-1)?.total ?? items.length}
            hasMore={imports.hasNextPage}
            loading={imports.isFetchingNextPage}
            onLoadMore={() => void imports.fetchNextPage()}
          />
        </>
      )}
    </ImportSection>
  );
}
