import { createRoute } from "@tanstack/react-router";
import { guardPortal } from "../guards";
import { rootRoute } from "../root-route";
import { AccountPage } from "../shared/account-page";
import { SimplePortalLayout } from "../shared/simple-portal-layout";
import { AlumniHomePage } from "./home-page";

const alumniLayout = createRoute({
  getParentRoute: () => rootRoute,
  path: "alumni",
  beforeLoad: ({ context, location }) => guardPortal(context.queryClient, location, "/alumni"),
  component: () => <SimplePortalLayout portal="alumni" />,
});

const homeRoute = createRoute({ getParentRoute: () => alumniLayout, path: "/", component: AlumniHomePage });
const accountRoute = createRoute({ getParentRoute: () => alumniLayout, path: "account", component: AccountPage });

export const alumniRouteTree = alumniLayout.addChildren([homeRoute, accountRoute]);
