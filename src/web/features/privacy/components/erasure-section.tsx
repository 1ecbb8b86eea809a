import { Alert, Button, List, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconAlertTriangle, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DsrDetail, ErasurePreview } from "../../../../shared/contracts/privacy";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { notifySuccess } from "../../../lib/notify";
import { useErase, useErasurePreview } from "../api/requests";

const squash = (value: string) => value.normalize("NFKC").replace(/\s+/g, "");

/** What erasure removes, what is still going on about the person, and the typed confirmation. */
export function ErasureSection({ request }: { request: DsrDetail }) {
  const { t } = useTranslation();
  const open = request.status !== "completed" && request.status !== "rejected" && request.alumnusId !== null;
  const preview = useErasurePreview(request.id, open);
  if (!open) return null;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t("privacy.erasure.title")}
        </Title>
        {preview.isPending ? (
          <PageLoader />
        ) : preview.isError ? (
          <ProblemAlert error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <EraseForm request={request} preview={preview.data} />
        )}
      </Stack>
    </Paper>
  );
}

function EraseForm({ request, preview }: { request: DsrDetail; preview: ErasurePreview }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const erase = useErase(request.id);
  const matches = squash(typed) === squash(preview.subjectName);
  const removes = preview.removes;
  const lines = [
    ["alumnusRecord", removes.alumnusRecord],
    ["departmentHistory", removes.departmentHistory],
    ["consents", removes.consents],
    ["consentEvents", removes.consentEvents],
    ["exitSurveys", removes.exitSurveys],
    ["offboardingCases", removes.offboardingCases],
    ["mails", removes.mails],
    ["webhookDeliveries", removes.webhookDeliveries],
    ["importRows", removes.importRows],
    ["importFiles", removes.importFiles],
    ["communityPosts", removes.communityPosts],
    ["communityComments", removes.communityComments],
    ["eventRsvps", removes.eventRsvps],
    ["visits", removes.visits],
    ["candidacies", removes.candidacies],
    ["casualTalks", removes.casualTalks],
    ["referrals", removes.referrals],
    ["savedPositions", removes.savedPositions],
    ["colleagueOutreach", removes.colleagueOutreach],
  ] as const;
  const mismatch = isApiError(erase.error, "validation_failed");

  return (
    <Stack gap="md">
      {preview.active.length > 0 ? (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />} title={t("privacy.erasure.activeTitle")}>
          <Stack gap={4}>
            {preview.active.map((item) => (
              <Text key={item.id} size="sm">
                {item.kind === "candidacy_open"
                  ? t("privacy.erasure.activeCandidacy", { stage: t(`privacy.stages.${item.status}`, { defaultValue: item.status }) })
                  : t("privacy.erasure.activeCase", { status: t(`privacy.caseStatus.${item.status}`, { defaultValue: item.status }) })}
              </Text>
            ))}
            <Text size="sm">{t("privacy.erasure.activeAdvice")}</Text>
          </Stack>
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        {t("privacy.erasure.pipelineNote")}
      </Text>
      <div>
        <Text fw={600} size="sm" mb={4}>
          {t("privacy.erasure.removes")}
        </Text>
        <List size="sm" spacing={2}>
          {lines
            .filter(([, count]) => count > 0)
            .map(([key, count]) => (
              <List.Item key={key}>{t(`privacy.erasure.items.${key}`, { count })}</List.Item>
            ))}
          {removes.account !== "none" ? <List.Item>{t(`privacy.erasure.account.${removes.account}`)}</List.Item> : null}
          <List.Item>{t("privacy.erasure.items.audit", { count: removes.auditEventsPseudonymised })}</List.Item>
        </List>
      </div>
      <TextInput
        label={t("privacy.erasure.confirmLabel", { name: preview.subjectName })}
        description={t("privacy.erasure.confirmHint")}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        autoComplete="off"
        error={mismatch ? t("privacy.erasure.mismatch") : undefined}
      />
      {!mismatch ? <ProblemAlert error={erase.error} /> : null}
      <div>
        <Button
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          disabled={!matches}
          loading={erase.isPending}
          // The section closes once the request is completed, so the notice is raised from the promise, not a mutate callback.
          onClick={() =>
            void erase
              .mutateAsync({ confirmation: typed, version: request.version })
              .then(() => notifySuccess(t("privacy.erasure.done")))
              .catch(() => {})
          }
        >
          {t("privacy.erasure.submit")}
        </Button>
      </div>
    </Stack>
  );
}
