import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { ProblemAlert } from "../../components/problem-alert";
import { useDeleteMyAccount, useDownloadMyData } from "../../features/alumni-portal/api/my-data";
import { useSignedInMe } from "../../features/me/api/get-me";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";

export function AlumniDataPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const download = useDownloadMyData();
  const remove = useDeleteMyAccount();
  const start = (format: "json" | "csv") => download.mutate(format, { onSuccess: () => notifySuccess(t("registration.portal.data.downloaded")) });

  return (
    <>
      <PageHeader title={t("registration.portal.data.title")} description={t("registration.portal.data.description")} />
      <Stack gap="lg" maw={760}>
        <Group gap="sm">
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => start("json")}
            loading={download.isPending && download.variables === "json"}
          >
            {t("registration.portal.data.json")}
          </Button>
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => start("csv")}
            loading={download.isPending && download.variables === "csv"}
          >
            {t("registration.portal.data.csv")}
          </Button>
        </Group>
        <ProblemAlert error={download.error} />

        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="delete-account" style={{ borderColor: "var(--mantine-color-red-3)" }}>
          <Stack gap="sm">
            <Title order={2} size="h4" id="delete-account">
              {t("registration.portal.data.deleteTitle")}
            </Title>
            <Text size="sm">{t("registration.portal.data.deleteBody", { tenant: me.tenant.name })}</Text>
            <ConfirmButton
              color="red"
              variant="outline"
              w="fit-content"
              confirmTitle={t("registration.portal.data.deleteConfirmTitle")}
              confirmMessage={t("registration.portal.data.deleteConfirmMessage")}
              confirmLabel={t("registration.portal.data.deleteConfirm")}
              onConfirm={async () => {
                await remove.mutateAsync();
                queryClient.clear();
                await navigate({ to: paths.goodbye, replace: true });
              }}
            >
              {t("registration.portal.data.delete")}
            </ConfirmButton>
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
