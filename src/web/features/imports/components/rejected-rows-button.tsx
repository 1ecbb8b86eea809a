import { Button } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { rejectedRowsUrl } from "../api/keys";

/** A plain download link: the browser streams the CSV with the session cookie. */
export function RejectedRowsButton({ importId, count }: { importId: string; count: number }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={rejectedRowsUrl(importId)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
      {t("imports.errors.download", { rows: count })}
    </Button>
  );
}
