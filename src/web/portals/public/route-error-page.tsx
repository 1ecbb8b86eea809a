import { Button, Group, Stack, Title } from "@mantine/core";
import { type ErrorComponentProps, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/problem-alert";
import { ButtonLink } from "../../components/router-links";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { PublicLayout } from "./public-layout";

/** Last resort when a route fails to load: explain, offer a retry and a way home. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  useDocumentTitle(t("errors.pageTitle"));
  return (
    <PublicLayout>
      <Stack gap="md" py="xl">
        <Title order={1} size="h2">
          {t("errors.pageTitle")}
        </Title>
        <ProblemAlert error={error} />
        <Group>
          <Button
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            {t("common.retry")}
          </Button>
          <ButtonLink to={paths.root} variant="default">
            {t("notFound.back")}
          </ButtonLink>
        </Group>
      </Stack>
    </PublicLayout>
  );
}
