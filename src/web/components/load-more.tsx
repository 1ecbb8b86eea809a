import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Props = {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
};

/** Cursor pagination: how many of how many, and a button for the next page. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("common.showingOf", { shown, total })}
      </Text>
      {hasMore ? (
        <Button variant="light" onClick={onLoadMore} loading={loading}>
          {t("common.loadMore")}
        </Button>
      ) : null}
    </Group>
  );
}
