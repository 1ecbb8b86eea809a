import { Button, Paper, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconKey, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useApiKeys } from "../../features/api-keys/api/get-api-keys";
import { ApiKeysTable } from "../../features/api-keys/components/api-keys-table";
import { CreateApiKeyModal } from "../../features/api-keys/components/create-api-key-modal";

export function ApiKeysPage() {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const keys = useApiKeys();

  return (
    <>
      <PageHeader
        title={t("apiKeys.title")}
        description={t("apiKeys.description")}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={modal.open}>
            {t("apiKeys.create")}
          </Button>
        }
      />
      <Stack gap="lg">
        {keys.isPending ? (
          <PageLoader />
        ) : keys.isError ? (
          <ProblemAlert error={keys.error} />
        ) : keys.data.items.length === 0 ? (
          <EmptyState
            icon={<IconKey size={26} />}
            title={t("apiKeys.emptyTitle")}
            description={t("apiKeys.emptyBody")}
            action={<Button onClick={modal.open}>{t("apiKeys.create")}</Button>}
          />
        ) : (
          <Paper withBorder radius="md" p="lg">
            <ApiKeysTable keys={keys.data.items} />
          </Paper>
        )}
      </Stack>
      <CreateApiKeyModal opened={opened} onClose={modal.close} />
    </>
  );
}
