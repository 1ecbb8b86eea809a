import { Avatar, Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Author } from "../../../../shared/contracts/community";
import { formatDateTime } from "../../../lib/dates";

/** Who wrote it and when; a deleted account shows as a former member. */
export function AuthorLine({ author, at, edited }: { author: Author; at: string; edited?: boolean }) {
  const { t } = useTranslation();
  const name = author.name ?? t("community.post.formerMember");
  return (
    <Group gap="xs" wrap="nowrap">
      <Avatar size={32} radius="xl" color="indigo" aria-hidden>
        {name.slice(0, 1)}
      </Avatar>
      <div>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {name}
          </Text>
          {author.kind === "staff" ? (
            <Badge size="xs" variant="light" color="teal">
              {t("community.post.staffBadge")}
            </Badge>
          ) : author.kind === "employee" ? (
            <Badge size="xs" variant="light" color="grape">
              {t("community.post.employeeBadge")}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          <time dateTime={at}>{formatDateTime(at)}</time>
          {edited ? ` ${t("community.post.edited")}` : ""}
        </Text>
      </div>
    </Group>
  );
}
