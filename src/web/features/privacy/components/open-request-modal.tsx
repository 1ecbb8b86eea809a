import { Button, Group, Modal, Radio, Select, Stack, Textarea } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DSR_KINDS, type DsrKind } from "../../../../shared/contracts/privacy";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { useAlumnusSearch, useOpenSubjectRequest } from "../api/requests";

/** HR records a request received by letter, phone or email, for one person of the directory. */
export function OpenRequestModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [alumnusId, setAlumnusId] = useState<string | null>(null);
  const [kind, setKind] = useState<DsrKind>("export");
  const [details, setDetails] = useState("");
  const [missing, setMissing] = useState(false);
  const found = useAlumnusSearch(debounced);
  const open = useOpenSubjectRequest();
  const options = (found.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.familyName} ${a.givenName}${a.employeeNumber ? ` (${a.employeeNumber})` : ""}`,
  }));

  const submit = () => {
    if (!alumnusId) {
      setMissing(true);
      return;
    }
    open.mutate(
      { alumnusId, kind, details: details.trim() || null },
      {
        onSuccess: (request) => {
          notifySuccess(t("privacy.open.done"));
          onClose();
          void navigate({ to: paths.admin.privacyRequest, params: { id: request.id } });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t("privacy.open.title")} closeButtonProps={{ "aria-label": t("common.close") }} size="lg">
      <Stack gap="md">
        <Select
          label={t("privacy.open.person")}
          description={t("privacy.open.personHint")}
          placeholder={t("privacy.open.personPlaceholder")}
          searchable
          required
          data={options}
          value={alumnusId}
          onChange={(value) => {
            setAlumnusId(value);
            setMissing(false);
          }}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={debounced.trim() ? t("privacy.open.noMatch") : t("privacy.open.typeToSearch")}
          error={missing ? t("privacy.open.personRequired") : undefined}
        />
        <Radio.Group label={t("privacy.open.kind")} value={kind} onChange={(value) => setKind(value as DsrKind)} required>
          <Stack gap="xs" mt="xs">
            {DSR_KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`privacy.kind.${k}`)} description={t(`privacy.kindHint.${k}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("privacy.open.details")}
          description={t("privacy.open.detailsHint")}
          value={details}
          onChange={(event) => setDetails(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={3}
        />
        <ProblemAlert error={open.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={open.isPending}>
            {t("privacy.open.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
