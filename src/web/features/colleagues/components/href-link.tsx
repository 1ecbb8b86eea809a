import { Anchor, type AnchorProps, Button, type ButtonProps } from "@mantine/core";
import { useRouter } from "@tanstack/react-router";
import type { MouseEvent, ReactNode } from "react";

/**
 * Links into other areas' pages (a candidate, the referral form), built as plain hrefs so this feature does not
 * depend on their route definitions; a plain click stays in the SPA.
 */
function useSpaClick(href: string) {
  const router = useRouter();
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.history.push(href);
  };
}

export function HrefButton({ href, children, ...props }: ButtonProps & { href: string; children: ReactNode; "aria-label"?: string }) {
  const onClick = useSpaClick(href);
  return (
    <Button component="a" href={href} onClick={onClick} {...props}>
      {children}
    </Button>
  );
}

export function HrefAnchor({ href, children, ...props }: AnchorProps & { href: string; children: ReactNode }) {
  const onClick = useSpaClick(href);
  return (
    <Anchor href={href} onClick={onClick} {...props}>
      {children}
    </Anchor>
  );
}
