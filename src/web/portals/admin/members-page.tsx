import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconUserPlus, IconUsers } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Member, MemberStatus } from "../../../shared/contracts/members";
import type { Role } from "../../../shared/roles";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { MemberDepartmentsModal } from "../../features/colleagues/components/member-departments-modal";
import { useSignedInMe } from "../../features/me/api/get-me";
import { useInvitations } from "../../features/members/api/get-invitations";
import { useMembers } from "../../features/members/api/get-members";
import { InvitationsTable } from "../../features/members/components/invitations-table";
import { InviteMemberModal } from "../../features/members/components/invite-member-modal";
import { MemberFilters } from "../../features/members/components/member-filters";
import { MembersTable } from "../../features/members/components/members-table";
import { paths } from "../../lib/paths";
import { canManageMembers } from "./sections";

export type MembersSearch = { q?: string; role?: Role; status?: MemberStatus; invite?: boolean };

export function MembersPage({ search }: { search: MembersSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const canManage = canManageMembers(me);
  const [inviteOpened, invite] = useDisclosure(false);
  const [departmentsOf, setDepartmentsOf] = useState<Member | null>(null);
  const filters = { q: search.q, role: search.role, status: search.status };
  const members = useMembers(filters);
  const hasFilters = Boolean(filters.q || filters.role || filters.status);

  // `?invite=true` (from the dashboard's empty state) opens the invitation dialog once.
  useEffect(() => {
    if (search.invite && canManage) {
      invite.open();
      void navigate({ to: paths.admin.members, search: { ...search, invite: undefined }, replace: true });
    }
  }, [search, canManage, invite, navigate]);

  const items = members.data?.pages.flatMap((page) => page.items) ?? [];
  const total = members.data?.pages.at(-1)?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t("members.title")}
        description={canManage ? t("members.descriptionAdmin") : t("members.descriptionHr")}
        actions={
          canManage ? (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={invite.open}>
              {t("invitations.open")}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <MemberFilters value={filters} onChange={(next) => void navigate({ to: paths.admin.members, search: next, replace: true })} />
            {members.isPending ? (
              <PageLoader minHeight={160} />
            ) : members.isError ? (
              <ProblemAlert error={members.error}>
                <Button variant="light" size="xs" w="fit-content" onClick={() => void members.refetch()}>
                  {t("common.retry")}
                </Button>
              </ProblemAlert>
            ) : items.length === 0 ? (
              <EmptyState
                icon={<IconUsers size={26} />}
                title={hasFilters ? t("members.noMatchTitle") : t("members.emptyTitle")}
                description={hasFilters ? t("members.noMatchBody") : t("members.emptyBody")}
                action={
                  hasFilters ? (
                    <Button variant="light" onClick={() => void navigate({ to: paths.admin.members, search: {} })}>
                      {t("members.clearFilters")}
                    </Button>
                  ) : canManage ? (
                    <Button onClick={invite.open}>{t("invitations.open")}</Button>
                  ) : null
                }
              />
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {t("members.total", { count: total })}
                </Text>
                <MembersTable members={items} canManage={canManage} currentUserId={me.user?.id ?? null} onEditDepartments={setDepartmentsOf} />
                <LoadMore
                  shown={items.length}
                  total={total}
                  hasMore={members.hasNextPage}
                  loading={members.isFetchingNextPage}
                  onLoadMore={() => void members.fetchNextPage()}
                />
              </>
            )}
          </Stack>
        </Paper>
        {canManage ? <PendingInvitations onInvite={invite.open} /> : null}
      </Stack>
      {canManage ? <InviteMemberModal opened={inviteOpened} onClose={invite.close} /> : null}
      <MemberDepartmentsModal member={departmentsOf} onClose={() => setDepartmentsOf(null)} />
    </>
  );
}

function PendingInvitations({ onInvite }: { onInvite: () => void }) {
  const { t } = useTranslation();
  const invitations = useInvitations();
  const items = invitations.data?.pages.flatMap((page) => page.items) ?? [];
  const total = invitations.data?.pages.at(-1)?.total ?? 0;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="invitations-heading">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id="invitations-heading">
            {t("invitations.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("invitations.description")}
          </Text>
        </Stack>
        {invitations.isPending ? (
          <PageLoader minHeight={120} />
        ) : invitations.isError ? (
          <ProblemAlert error={invitations.error} />
        ) : items.length === 0 ? (
          <EmptyState
            title={t("invitations.emptyTitle")}
            description={t("invitations.emptyBody")}
            action={
              <Button variant="light" onClick={onInvite}>
                {t("invitations.open")}
              </Button>
            }
          />
        ) : (
          <>
            <InvitationsTable invitations={items} />
            <LoadMore
              shown={items.length}
              total={total}
              hasMore={invitations.hasNextPage}
              loading={invitations.isFetchingNextPage}
              onLoadMore={() => void invitations.fetchNextPage()}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
