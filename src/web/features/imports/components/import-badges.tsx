import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportPreviewRow, ImportStatus } from "../../../../shared/contracts/imports";

const statusColors: Record<ImportStatus, string> = { queued: "gray", running: "blue", succeeded: "teal", failed: "red" };

export function ImportStatusBadge({ status, size = "md" }: { status: ImportStatus; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" size={size}>
      {t(`imports.status.${status}`)}
    </Badge>
  );
}

type Outcome = NonNullable<ImportPreviewRow["outcome"]>;
const outcomeColors: Record<Outcome, string> = { create: "teal", update: "blue", unchanged: "gray", reject: "red" };

export function RowOutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <Badge color={outcomeColors[outcome]} variant={outcome === "unchanged" ? "outline" : "light"} size="sm">
      {t(`imports.outcome.${outcome}`)}
    </Badge>
  );
}
