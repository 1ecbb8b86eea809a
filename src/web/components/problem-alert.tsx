import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../lib/api-client";

type Props = {
  error: unknown;
  /** Extra content under the message, e.g. a retry button or a link. */
  children?: ReactNode;
  title?: string;
  /** Offers to try again, for a failed read. */
  onRetry?: () => void;
};

/** Shows an API problem as the server phrased it (already localised), with its request id for support. */
export function ProblemAlert({ error, children, title, onRetry }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = isApiError(error) ? error.problem : null;
  const heading = title ?? problem?.title ?? t("errors.unexpectedTitle");
  const detail = problem ? problem.detail : t("errors.unexpectedGeneric");
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={heading} role="alert">
      <Stack gap={6}>
        {detail ? <Text size="sm">{detail}</Text> : null}
        {problem?.requestId ? (
          <Text size="xs" c="dimmed">
            {t("errors.requestId", { id: problem.requestId })}
          </Text>
        ) : null}
        {children}
        {onRetry ? (
          <Button variant="light" size="xs" w="fit-content" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
