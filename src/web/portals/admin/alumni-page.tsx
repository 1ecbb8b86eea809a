import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconClipboardCheck, IconFileImport, IconUserPlus, IconUsersGroup } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { AlumniPage as AlumniPageData } from "../../../shared/contracts/alumni";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { ButtonLink } from "../../components/router-links";
import { useAlumni } from "../../features/alumni/api/get-alumni";
import { alumniKeys, type AlumniFilters as Filters } from "../../features/alumni/api/keys";
import { AlumniExportMenu } from "../../features/alumni/components/alumni-export-menu";
import { AlumniFilters, hasAlumniFilters } from "../../features/alumni/components/alumni-filters";
import { AlumniTable } from "../../features/alumni/components/alumni-table";
import { BulkTagBar } from "../../features/alumni/components/bulk-tag-bar";
import { useRowSelection } from "../../features/alumni/components/use-row-selection";
import { useSignedInMe } from "../../features/me/api/get-me";
import { BulkInviteButton } from "../../features/offboarding/components/bulk-invite-dialog";
import { paths } from "../../lib/paths";
import { canEditAlumni } from "./sections";

export type AlumniSearch = Filters;

/** Departments, skills and tags from every directory page already loaded: suggestions for the filters, no extra request. */
function useSeenValues() {
  const queryClient = useQueryClient();
  const departments = new Set<string>();
  const skills = new Set<string>();
  const tags = new Set<string>();
  for (const [, data] of queryClient.getQueriesData<{ pages: AlumniPageData[] }>({ queryKey: alumniKeys.lists() })) {
    for (const page of data?.pages ?? []) {
      for (const alumnus of page.items) {
        if (alumnus.department) departments.add(alumnus.department);
        for (const skill of alumnus.skills) skills.add(skill);
        for (const tag of alumnus.tags) tags.add(tag);
      }
    }
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b, "ja"));
  return { departments: sorted(departments), skills: sorted(skills), tags: sorted(tags) };
}

export function AlumniPage({ search }: { search: AlumniSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const canEdit = canEditAlumni(me);
  const alumni = useAlumni(search);
  const seen = useSeenValues();
  const filtered = hasAlumniFilters(search);
  const selection = useRowSelection(JSON.stringify(search));

  const items = alumni.data?.pages.flatMap((page) => page.items) ?? [];
  const total = alumni.data?.pages.at(-1)?.total ?? 0;
  const selected = items.filter((alumnus) => selection.ids.has(alumnus.id));
  const clear = () => void navigate({ to: paths.admin.alumni, search: {} });
  const addButton = canEdit ? (
    <ButtonLink to={paths.admin.newAlumnus} leftSection={<IconUserPlus size={16} aria-hidden />}>
      {t("alumni.add")}
    </ButtonLink>
  ) : null;
  const rulesButton = canEdit ? (
    <ButtonLink to={paths.admin.eligibilityRules} variant="default" leftSection={<IconClipboardCheck size={16} aria-hidden />}>
      {t("eligibility.rules.openButton")}
    </ButtonLink>
  ) : null;
  const importButton = canEdit ? (
    <ButtonLink to={paths.admin.alumniImports} variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
      {t("imports.open")}
    </ButtonLink>
  ) : null;

  return (
    <>
      <PageHeader
        title={t("alumni.title")}
        description={canEdit ? t("alumni.description") : t("alumni.descriptionManager")}
        actions={
          canEdit ? (
            <>
              {rulesButton}
              {importButton}
              {addButton}
            </>
          ) : null
        }
      />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          <AlumniFilters
            value={search}
            onChange={(next) => void navigate({ to: paths.admin.alumni, search: next, replace: true })}
            onClear={clear}
            departmentOptions={seen.departments}
            skillOptions={seen.skills}
            tagOptions={seen.tags}
          />
          {alumni.isPending ? (
            <PageLoader minHeight={200} />
          ) : alumni.isError ? (
            <ProblemAlert error={alumni.error}>
              <Button variant="light" size="xs" w="fit-content" onClick={() => void alumni.refetch()}>
                {t("common.retry")}
              </Button>
            </ProblemAlert>
          ) : items.length === 0 ? (
            <EmptyState
              icon={<IconUsersGroup size={26} />}
              title={filtered ? t("alumni.noMatchTitle") : t("alumni.emptyTitle")}
              description={filtered ? t("alumni.noMatchBody") : canEdit ? t("alumni.emptyBody") : t("alumni.emptyBodyManager")}
              action={
                filtered ? (
                  <Button variant="light" onClick={clear}>
                    {t("alumni.filters.clear")}
                  </Button>
                ) : (
                  addButton
                )
              }
            />
          ) : (
            <Stack gap="sm">
              <Group justify="space-between">
                <Text size="sm" fw={600} aria-live="polite">
                  {t("alumni.total", { count: total })}
                </Text>
                {canEdit ? <AlumniExportMenu filters={search} total={total} /> : null}
              </Group>
              {selected.length > 0 ? <BulkTagBar selected={selected} tagOptions={seen.tags} onClear={selection.clear} /> : null}
              {selected.length > 0 ? <BulkInviteButton alumnusIds={selected.map((alumnus) => alumnus.id)} /> : null}
              <AlumniTable alumni={items} selection={canEdit ? selection : undefined} />
              <LoadMore
                shown={items.length}
                total={total}
                hasMore={alumni.hasNextPage}
                loading={alumni.isFetchingNextPage}
                onLoadMore={() => void alumni.fetchNextPage()}
              />
            </Stack>
          )}
        </Stack>
      </Paper>
    </>
  );
}
