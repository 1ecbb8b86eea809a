import { createRoute } from "@tanstack/react-router";
import { guardPortal } from "../guards";
import { rootRoute } from "../root-route";
import { AccountPage } from "../shared/account-page";
import { AlumniLayout } from "./alumni-layout";
import { AlumniCommunityDirectoryPage } from "./community-directory-page";
import { AlumniCommunityGroupPage } from "./community-group-page";
import { AlumniCommunityGroupsPage } from "./community-groups-page";
import { AlumniCommunityPostPage } from "./community-post-page";
import { AlumniConsentsPage } from "./consents-page";
import { AlumniDataPage } from "./data-page";
import { AlumniEventPage } from "./event-page";
import { AlumniEventsPage } from "./events-page";
import { AlumniHomePage } from "./home-page";
import { AlumniJobPage } from "./job-page";
import { AlumniJobsPage } from "./jobs-page";
import { AlumniNewsletterPage } from "./newsletter-page";
import { AlumniNewslettersPage } from "./newsletters-page";
import { AlumniProfilePage } from "./profile-page";
import { AlumniSettingsPage } from "./settings-page";
import { AlumniTalksPage } from "./talks-page";
import { AlumniVisitsPage } from "./visits-page";

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
const newslettersRoute = createRoute({ getParentRoute: () => alumniLayout, path: "newsletters", component: AlumniNewslettersPage });
const newsletterRoute = createRoute({
  getParentRoute: () => alumniLayout,
  path: "newsletters/$id",
  component: () => <AlumniNewsletterPage id={newsletterRoute.useParams().id} />,
});
const accountRoute = createRoute({ getParentRoute: () => alumniLayout, path: "account", component: AccountPage });
const visitsRoute = createRoute({ getParentRoute: () => alumniLayout, path: "visits", component: AlumniVisitsPage });
const talksRoute = createRoute({ getParentRoute: () => alumniLayout, path: "talks", component: AlumniTalksPage });
const jobsRoute = createRoute({ getParentRoute: () => alumniLayout, path: "jobs", component: AlumniJobsPage });
const jobRoute = createRoute({
  getParentRoute: () => alumniLayout,
  path: "jobs/$id",
  component: () => <AlumniJobPage key={jobRoute.useParams().id} id={jobRoute.useParams().id} />,
});
const eventsRoute = createRoute({ getParentRoute: () => alumniLayout, path: "events", component: AlumniEventsPage });
const eventRoute = createRoute({
  getParentRoute: () => alumniLayout,
  path: "events/$id",
  component: () => <AlumniEventPage key={eventRoute.useParams().id} id={eventRoute.useParams().id} />,
});

const communityRoute = createRoute({ getParentRoute: () => alumniLayout, path: "community", component: AlumniCommunityGroupsPage });
const directoryRoute = createRoute({ getParentRoute: () => alumniLayout, path: "community/directory", component: AlumniCommunityDirectoryPage });
const communityGroupRoute = createRoute({
  getParentRoute: () => alumniLayout,
  path: "community/groups/$id",
  component: () => {
    const { id } = communityGroupRoute.useParams();
    return <AlumniCommunityGroupPage key={id} id={id} />;
  },
});
const communityPostRoute = createRoute({
  getParentRoute: () => alumniLayout,
  path: "community/posts/$id",
  component: () => {
    const { id } = communityPostRoute.useParams();
    return <AlumniCommunityPostPage key={id} id={id} />;
  },
});

export const alumniRouteTree = alumniLayout.addChildren([
  communityRoute,
  directoryRoute,
  communityGroupRoute,
  communityPostRoute,
  jobsRoute,
  jobRoute,
  eventsRoute,
  eventRoute,
  homeRoute,
  profileRoute,
  consentsRoute,
  dataRoute,
  settingsRoute,
  accountRoute,
  newslettersRoute,
  newsletterRoute,
  visitsRoute,
  talksRoute,
]);
