import { Button, Stack, Text, Timeline } from "@mantine/core";
import {
  IconArrowRight,
  IconBriefcase,
  IconCalendarEvent,
  IconCalendarOff,
  IconCoffee,
  IconConfetti,
  IconMail,
  IconNote,
  IconShare,
  IconUserPlus,
  IconX,
} from "@tabler/icons-react";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Activity, Stage } from "../../../../shared/contracts/pipeline";
import { type ActivityKind, CANDIDATE_SOURCES, type CandidateSource, REJECTION_REASONS, type RejectionReason } from "../../../../shared/recruiting";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { formatDateTime, formatTimeRange } from "../../../lib/dates";
import { MarkdownHtml } from "../../markdown/components/markdown-html";
import { useActivities } from "../api/pipeline";
import { stageName } from "./labels";

const icons: Record<ActivityKind, ReactNode> = {
  created: <IconUserPlus size={12} />,
  stage_changed: <IconArrowRight size={12} />,
  rejected: <IconX size={12} />,
  hired: <IconConfetti size={12} />,
  note: <IconNote size={12} />,
  email: <IconMail size={12} />,
  interview_scheduled: <IconCalendarEvent size={12} />,
  interview_updated: <IconCalendarEvent size={12} />,
  interview_cancelled: <IconCalendarOff size={12} />,
  casual_talk: <IconCoffee size={12} />,
  application: <IconBriefcase size={12} />,
  referral: <IconShare size={12} />,
  owner_changed: <IconUserPlus size={12} />,
  position_changed: <IconBriefcase size={12} />,
};

const text = (value: unknown) => (typeof value === "string" ? value : "");
const isSource = (value: unknown): value is CandidateSource => CANDIDATE_SOURCES.includes(value as CandidateSource);
const isReason = (value: unknown): value is RejectionReason => REJECTION_REASONS.includes(value as RejectionReason);

/** One sentence per activity, in the reader's language; stage keys become the tenant's stage names. */
function sentenceOf(t: TFunction, activity: Activity, stages: Stage[]): string {
  const d = activity.data;
  const stage = (key: unknown) => {
    const found = stages.find((s) => s.key === key);
    return found ? stageName(found) : text(key);
  };
  const when = text(d.startsAt) && text(d.endsAt) ? formatTimeRange(text(d.startsAt), text(d.endsAt)) : "";
  switch (activity.kind) {
    case "created":
      return t("pipeline.activity.created", { source: isSource(d.source) ? t(`pipeline.source.${d.source}`) : "—" });
    case "stage_changed":
      return t("pipeline.activity.stage_changed", { from: stage(d.from), to: stage(d.to) });
    case "rejected":
      return t("pipeline.activity.rejected", { to: stage(d.to), reason: isReason(d.reason) ? t(`pipeline.reason.${d.reason}`) : "—" });
    case "hired":
      return t("pipeline.activity.hired", { from: stage(d.from) });
    case "email":
      return t("pipeline.activity.email", { subject: text(d.subject) });
    case "interview_scheduled":
    case "interview_updated":
      return t(`pipeline.activity.${activity.kind}`, { title: text(d.title), when });
    case "interview_cancelled":
      return t("pipeline.activity.interview_cancelled", { title: text(d.title) });
    default:
      return t(`pipeline.activity.${activity.kind}`);
  }
}

/** The candidate's timeline, newest first: moves, notes, emails, interviews, talks, applications, referrals. */
export function ActivityTimeline({ candidateId, stages }: { candidateId: string; stages: Stage[] }) {
  const { t } = useTranslation();
  const list = useActivities(candidateId);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (!items.length) return <Text c="dimmed">{t("pipeline.candidate.timelineEmpty")}</Text>;
  return (
    <Stack gap="sm">
      <Timeline bulletSize={22} lineWidth={2} active={items.length}>
        {items.map((a) => (
          <Timeline.Item
            key={a.id}
            bullet={icons[a.kind]}
            title={
              <Text size="sm" fw={600}>
                {sentenceOf(t, a, stages)}
              </Text>
            }
          >
            {a.bodyHtml ? (
              <MarkdownHtml html={a.bodyHtml} />
            ) : a.body ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {a.body}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt={2}>
              {t("pipeline.activity.by", { actor: a.actorName ?? t("pipeline.activity.system"), when: formatDateTime(a.createdAt) })}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {list.hasNextPage ? (
        <Button variant="subtle" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} w="fit-content">
          {t("pipeline.candidate.loadMoreTimeline")}
        </Button>
      ) : null}
    </Stack>
  );
}
