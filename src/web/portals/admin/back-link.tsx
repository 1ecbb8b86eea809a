import { Group } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import type { LinkProps } from "@tanstack/react-router";
import { AnchorLink } from "../../components/router-links";

/** "← Back to …" above a page's heading, for pages one level below a console section. */
export function BackLink({ to, params, label }: { to: NonNullable<LinkProps["to"]>; params?: LinkProps["params"]; label: string }) {
  return (
    <AnchorLink to={to} params={params} size="sm" mb="xs" display="inline-block">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden />
        {label}
      </Group>
    </AnchorLink>
  );
}
