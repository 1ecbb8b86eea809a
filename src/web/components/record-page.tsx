import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../lib/api-client";
import { EmptyState } from "./empty-state";
import { PageHeader } from "./page-header";
import { PageLoader } from "./page-loader";
import { ProblemAlert } from "./problem-alert";

type Props<T> = {
  query: UseQueryResult<T>;
  /** The link back to the list, shown in every state. */
  back: ReactNode;
  /** A 404: the record was deleted or the link is wrong; say so and lead back. */
  notFound: { title: string; body: string; icon: ReactNode; action: ReactNode };
  children: (data: T) => ReactNode;
};

/** A page about one record: a loader, "not found" as an empty state, other problems with a retry, else the record. */
export function RecordPage<T>({ query, back, notFound, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending || query.isError) {
    const missing = query.isError && isApiError(query.error) && query.error.status === 404;
    return (
      <>
        {back}
        {query.isPending ? (
          <PageLoader />
        ) : missing ? (
          <>
            <PageHeader title={notFound.title} />
            <EmptyState icon={notFound.icon} title={notFound.title} description={notFound.body} action={notFound.action} />
          </>
        ) : (
          <>
            <PageHeader title={t("errors.pageTitle")} />
            <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
          </>
        )}
      </>
    );
  }
  return (
    <>
      {back}
      {children(query.data)}
    </>
  );
}
