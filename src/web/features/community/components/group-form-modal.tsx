import { Button, Group, Modal, Select, Stack, Switch, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CommunityGroup, GROUP_KINDS, type GroupKind, JOIN_POLICIES, type JoinPolicy, POST_MAX } from "../../../../shared/contracts/community";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { MarkdownEditor } from "../../markdown/components/markdown-editor";
import { useCreateGroup, useUpdateGroup } from "../api/community";

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Edits this group; creates a new one when absent. */
  group?: CommunityGroup;
  onCreated?: (group: CommunityGroup) => void;
}

/** HR creates or edits a group: name, Markdown description, kind, joining policy, openness to employees. */
export function GroupFormModal({ opened, onClose, group, onCreated }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(group?.name ?? "");
  const [description, setDescription] = useState(group?.description ?? "");
  const [kind, setKind] = useState<GroupKind>(group?.kind ?? "interest");
  const [joinPolicy, setJoinPolicy] = useState<JoinPolicy>(group?.joinPolicy ?? "open");
  const [openToEmployees, setOpenToEmployees] = useState(group?.openToEmployees ?? false);
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.id ?? "");
  const mutation = group ? update : create;
  const submit = () => {
    const input = { name, description, kind, joinPolicy, openToEmployees };
    if (group) {
      update.mutate(input, {
        onSuccess: () => {
          notifySuccess(t("community.groupForm.saved"));
          onClose();
        },
      });
    } else {
      create.mutate(input, {
        onSuccess: (created) => {
          notifySuccess(t("community.groupForm.created"));
          setName("");
          setDescription("");
          onClose();
          onCreated?.(created);
        },
      });
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t(group ? "community.groupForm.editTitle" : "community.groupForm.createTitle")} size="lg" centered>
      <Stack gap="md">
        <TextInput label={t("community.groupForm.name")} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={80} data-autofocus />
        <MarkdownEditor label={t("community.groupForm.description")} value={description} onChange={setDescription} maxLength={POST_MAX} minRows={3} />
        <Group grow align="flex-start">
          <Select
            label={t("community.groupForm.kind")}
            value={kind}
            onChange={(v) => v && setKind(v as GroupKind)}
            data={GROUP_KINDS.map((k) => ({ value: k, label: t(`community.groups.kind.${k}`) }))}
            allowDeselect={false}
          />
          <Select
            label={t("community.groupForm.joinPolicy")}
            value={joinPolicy}
            onChange={(v) => v && setJoinPolicy(v as JoinPolicy)}
            data={JOIN_POLICIES.map((p) => ({ value: p, label: t(`community.groups.policy.${p}`) }))}
            allowDeselect={false}
          />
        </Group>
        <Switch
          label={t("community.groupForm.openToEmployees")}
          description={t("community.groupForm.openToEmployeesHint")}
          checked={openToEmployees}
          onChange={(e) => setOpenToEmployees(e.currentTarget.checked)}
        />
        <ProblemAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("community.groupForm.cancel")}
          </Button>
          <Button onClick={submit} loading={mutation.isPending} disabled={!name.trim()}>
            {t("community.groupForm.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
