import { createRoute } from "@tanstack/react-router";
import { guardPortal } from "../guards";
import { rootRoute } from "../root-route";
import { AccountPage } from "../shared/account-page";
import { AlumniLayout } from "./alumni-layout";
import { AlumniConsentsPage } from "./consents-page";
import { AlumniDataPage } from "./data-page";
import { AlumniHomePage } from "./home-page";
import { AlumniProfilePage } from "./profile-page";
import { AlumniSettingsPage } from "./settings-page";

const alumniLayout = createRoute({
  getParentRoute: () => rootRoute,
  path: "alumni",
  beforeLoad: ({ context, location }) => guardPortal(context.queryClient, location, "/alumni"),
  component: AlumniLayout,
});

const homeRoute = createRoute({ getParentRoute: () => alumniLayout, path: "/", component: AlumniHomePage });
const profileRoute = createRoute({ getParentRoute: () => alumniLayout, path: "profile", component: AlumniProfilePage });
const consentsRoute = createRoute({ getParentRoute: () => alumniLayout, path: "consents", component: AlumniConsentsPage });
const dataRoute = createRoute({ getParentRoute: () => alumniLayout, path: "data", component: AlumniDataPage });
const settingsRoute = createRoute({ getParentRoute: () => alumniLayout, path: "settings", component: AlumniSettingsPage });
const accountRoute = createRoute({ getParentRoute: () => alumniLayout, path: "account", component: AccountPage });

export const alumniRouteTree = alumniLayout.addChildren([homeRoute, profileRoute, consentsRoute, dataRoute, settingsRoute, accountRoute]);
