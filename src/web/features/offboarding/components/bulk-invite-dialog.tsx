import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { IconMailHeart } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type BulkInvitationResult, LEGAL_BASES, type LegalBasis } from "../../../../shared/contracts/offboarding";
import { ProblemAlert } from "../../../components/problem-alert";
import { useBulkInvite } from "../api/offboarding";

type Props = { opened: boolean; onClose: () => void; alumnusIds: string[]; onDone?: () => void };

/** HR chooses and confirms the legal basis before alumni who have not consented are contacted. */
export function BulkInviteDialog({ opened, onClose, alumnusIds, onDone }: Props) {
  const { t } = useTranslation();
  const invite = useBulkInvite();
  const [basis, setBasis] = useState<LegalBasis | null>(null);
  const [note, setNote] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const [result, setResult] = useState<BulkInvitationResult | null>(null);
  const ready = basis !== null && confirmed && (basis !== "other" || note.trim() !== "");

  const close = () => {
    if (invite.isPending) return;
    setBasis(null);
    setNote("");
    setConfirmed(false);
    setResult(null);
    invite.reset();
    onClose();
  };

  const send = () => {
    if (!basis) return;
    invite.mutate(
      { alumnusIds, legalBasis: basis, legalBasisNote: basis === "other" ? note.trim() : null, confirmed: true },
      {
        onSuccess: (answer) => {
          setResult(answer);
          onDone?.();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t("offboarding.bulk.title")} size="lg">
      {result ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status">
            <Stack gap={4}>
              <Text fw={600}>{t("offboarding.bulk.result", { invited: result.invited })}</Text>
              <Text size="sm">{t("offboarding.bulk.skipped", result.skipped)}</Text>
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t("common.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{t("offboarding.bulk.intro", { count: alumnusIds.length })}</Text>
          <Radio.Group
            label={t("offboarding.bulk.legalBasis")}
            description={t("offboarding.bulk.legalBasisHelp")}
            value={basis}
            onChange={(value) => setBasis(value as LegalBasis)}
            required
          >
            <Stack gap="xs" mt="xs">
              {LEGAL_BASES.map((code) => (
                <Radio key={code} value={code} label={t(`offboarding.bulk.bases.${code}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {basis === "other" ? <Textarea label={t("offboarding.bulk.note")} required value={note} onChange={(e) => setNote(e.currentTarget.value)} /> : null}
          <Checkbox label={t("offboarding.bulk.confirm")} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
          {invite.isError ? <ProblemAlert error={invite.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button onClick={send} disabled={!ready} loading={invite.isPending}>
              {t("offboarding.bulk.send")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** 「卒業生ネットワークに招待」 for the alumni selected in the directory. */
export function BulkInviteButton({ alumnusIds }: { alumnusIds: string[] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Group justify="flex-end">
        <Button size="xs" variant="light" leftSection={<IconMailHeart size={14} aria-hidden />} onClick={() => setOpened(true)}>
          {t("offboarding.bulk.button")}
        </Button>
      </Group>
      <BulkInviteDialog opened={opened} onClose={() => setOpened(false)} alumnusIds={alumnusIds} />
    </>
  );
}
