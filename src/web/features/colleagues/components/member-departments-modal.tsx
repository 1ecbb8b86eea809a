import { Modal, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { useMemberDepartments } from "../api/colleagues";
import { DepartmentHistoryForm } from "./department-history-form";

type Props = { member: { id: string; name: string } | null; onClose: () => void };

/** HR keeps a member's department history here; it is what finds an alumnus's former colleagues. */
export function MemberDepartmentsModal({ member, onClose }: Props) {
  const { t } = useTranslation();
  const query = useMemberDepartments(member?.id ?? null);
  return (
    <Modal
      opened={Boolean(member)}
      onClose={onClose}
      size="xl"
      closeButtonProps={{ "aria-label": t("common.close") }}
      title={t("colleagues.history.modalTitle", { name: member?.name ?? "" })}
    >
      <Text size="sm" c="dimmed" mb="md">
        {t("colleagues.history.hint")}
      </Text>
      {query.isPending ? (
        <PageLoader minHeight={120} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : member ? (
        <DepartmentHistoryForm key={member.id} membershipId={member.id} data={query.data} onSaved={onClose} onCancel={onClose} />
      ) : null}
    </Modal>
  );
}
