import { Button, Group } from "@mantine/core";
import { IconBulb, IconConfetti, IconHeartHandshake, IconThumbUp } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { REACTION_KINDS, type ReactionCounts, type ReactionKind } from "../../../../shared/contracts/community";
import { notifyProblem } from "../../../lib/notify";
import { useReact } from "../api/community";

const ICONS: Record<ReactionKind, typeof IconThumbUp> = { like: IconThumbUp, thanks: IconHeartHandshake, celebrate: IconConfetti, insightful: IconBulb };

/** Four reactions as toggle buttons (aria-pressed); read-only for those who may not react. */
export function ReactionBar({ postId, reactions, mine, canReact }: { postId: string; reactions: ReactionCounts; mine: ReactionKind[]; canReact: boolean }) {
  const { t } = useTranslation();
  const react = useReact();
  return (
    <Group gap={6} role="group" aria-label={t("community.reactions.label")}>
      {REACTION_KINDS.map((kind) => {
        const active = mine.includes(kind);
        const label = t(`community.reactions.${kind}`);
        const Icon = ICONS[kind];
        return (
          <Button
            key={kind}
            size="compact-sm"
            radius="xl"
            variant={active ? "light" : "default"}
            aria-pressed={active}
            aria-label={t("community.reactions.toggle", { reaction: label, count: reactions[kind] })}
            disabled={!canReact}
            onClick={() => react.mutate({ postId, kind, active: !active }, { onError: notifyProblem })}
            leftSection={<Icon size={14} aria-hidden />}
          >
            {reactions[kind] > 0 ? `${label} ${reactions[kind]}` : label}
          </Button>
        );
      })}
    </Group>
  );
}
