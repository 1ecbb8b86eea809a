import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { AnchorHTMLAttributes, Ref } from "react";

type AnchorBase = AnchorProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "color" | "style"> & {
    ref?: Ref<HTMLAnchorElement>;
  };

function MantineAnchor(props: AnchorBase) {
  return <Anchor {...props} />;
}
const CreatedAnchorLink = createLink(MantineAnchor);
/** A Mantine Anchor that navigates with the router (typed `to`). */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedAnchorLink preload="intent" {...props} />;

type ButtonBase = ButtonProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "color" | "style"> & {
    ref?: Ref<HTMLAnchorElement>;
  };

function MantineButtonAnchor(props: ButtonBase) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(MantineButtonAnchor);
/** Looks like a button, is a link: for navigation actions. */
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => <CreatedButtonLink preload="intent" {...props} />;

type NavLinkBase = Omit<NavLinkProps, "component"> &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "color" | "style" | "onChange"> & { ref?: Ref<HTMLAnchorElement> };

function MantineNavLink(props: NavLinkBase) {
  return <NavLink component="a" {...props} />;
}
const CreatedNavLink = createLink(MantineNavLink);
export const NavLinkItem: LinkComponent<typeof MantineNavLink> = (props) => <CreatedNavLink preload="intent" {...props} />;
