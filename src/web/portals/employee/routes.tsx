import { createRoute } from "@tanstack/react-router";
import { guardPortal } from "../guards";
import { rootRoute } from "../root-route";
import { AccountPage } from "../shared/account-page";
import { SimplePortalLayout } from "../shared/simple-portal-layout";
import { EmployeeHomePage } from "./home-page";

const employeeLayout = createRoute({
  getParentRoute: () => rootRoute,
  path: "me",
  beforeLoad: ({ context, location }) => guardPortal(context.queryClient, location, "/me"),
  component: () => <SimplePortalLayout portal="employee" />,
});

const homeRoute = createRoute({ getParentRoute: () => employeeLayout, path: "/", component: EmployeeHomePage });
const accountRoute = createRoute({ getParentRoute: () => employeeLayout, path: "account", component: AccountPage });

export const employeeRouteTree = employeeLayout.addChildren([homeRoute, accountRoute]);
