import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OutreachOutcome, OutreachStatus } from "../../../../shared/contracts/colleagues";

const colors: Record<string, string> = {
  requested: "blue",
  not_possible: "gray",
  interested: "teal",
  not_now: "yellow",
  no_answer: "gray",
};

/** "Waiting for an answer", "Not possible", or how reaching out went. */
export function OutreachStatusBadge({ status, outcome }: { status: OutreachStatus; outcome: OutreachOutcome | null }) {
  const { t } = useTranslation();
  const key = status === "reached_out" && outcome ? outcome : status;
  return (
    <Badge variant="light" color={colors[key] ?? "gray"}>
      {t(`colleagues.status.${key}` as "colleagues.status.requested")}
    </Badge>
  );
}
