import { createRoute } from "@tanstack/react-router";
import { guardPortal } from "../guards";
import { rootRoute } from "../root-route";
import { AccountPage } from "../shared/account-page";
import { SimplePortalLayout } from "../shared/simple-portal-layout";
import { EmployeeColleaguesPage } from "./colleagues-page";
import { EmployeeCommunityDirectoryPage } from "./community-directory-page";
import { EmployeeCommunityGroupPage } from "./community-group-page";
import { EmployeeCommunityGroupsPage } from "./community-groups-page";
import { EmployeeCommunityPostPage } from "./community-post-page";
import { EmployeeHomePage } from "./home-page";
import { EmployeePositionPage } from "./position-page";
import { EmployeePositionsPage } from "./positions-page";
import { EmployeeReferralNewPage, type ReferralNewSearch } from "./referral-new-page";
import { EmployeeReferralsPage } from "./referrals-page";
import { EmployeeVisitPage } from "./visit-page";
import { EmployeeVisitRequestPage } from "./visit-request-page";
import { EmployeeVisitsPage } from "./visits-page";

const employeeLayout = createRoute({
  getParentRoute: () => rootRoute,
  path: "me",
  beforeLoad: ({ context, location }) => guardPortal(context.queryClient, location, "/me"),
  component: () => <SimplePortalLayout portal="employee" />,
});

const uuidOf = (value: unknown): string | undefined =>
  typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value : undefined;

const positionsRoute = createRoute({ getParentRoute: () => employeeLayout, path: "positions", component: EmployeePositionsPage });
const positionRoute = createRoute({
  getParentRoute: () => employeeLayout,
  path: "positions/$id",
  component: () => {
    const { id } = positionRoute.useParams();
    return <EmployeePositionPage key={id} id={id} />;
  },
});
const referralsRoute = createRoute({ getParentRoute: () => employeeLayout, path: "referrals", component: EmployeeReferralsPage });
const referralNewRoute = createRoute({
  getParentRoute: () => employeeLayout,
  path: "referrals/new",
  validateSearch: (search: Record<string, unknown>): ReferralNewSearch => ({
    positionId: uuidOf(search.positionId),
    alumnusId: uuidOf(search.alumnusId),
    kind: search.kind === "friend" || search.kind === "alumnus" ? search.kind : undefined,
  }),
  component: () => <EmployeeReferralNewPage search={referralNewRoute.useSearch()} />,
});

const homeRoute = createRoute({ getParentRoute: () => employeeLayout, path: "/", component: EmployeeHomePage });
const accountRoute = createRoute({ getParentRoute: () => employeeLayout, path: "account", component: AccountPage });
const visitsRoute = createRoute({ getParentRoute: () => employeeLayout, path: "visits", component: EmployeeVisitsPage });
const colleaguesRoute = createRoute({ getParentRoute: () => employeeLayout, path: "colleagues", component: EmployeeColleaguesPage });
const visitNewRoute = createRoute({ getParentRoute: () => employeeLayout, path: "visits/new", component: EmployeeVisitRequestPage });
const visitRoute = createRoute({
  getParentRoute: () => employeeLayout,
  path: "visits/$id",
  component: () => <EmployeeVisitPage id={visitRoute.useParams().id} />,
});

const communityRoute = createRoute({ getParentRoute: () => employeeLayout, path: "community", component: EmployeeCommunityGroupsPage });
const directoryRoute = createRoute({ getParentRoute: () => employeeLayout, path: "community/directory", component: EmployeeCommunityDirectoryPage });
const communityGroupRoute = createRoute({
  getParentRoute: () => employeeLayout,
  path: "community/groups/$id",
  component: () => {
    const { id } = communityGroupRoute.useParams();
    return <EmployeeCommunityGroupPage key={id} id={id} />;
  },
});
const communityPostRoute = createRoute({
  getParentRoute: () => employeeLayout,
  path: "community/posts/$id",
  component: () => {
    const { id } = communityPostRoute.useParams();
    return <EmployeeCommunityPostPage key={id} id={id} />;
  },
});

export const employeeRouteTree = employeeLayout.addChildren([
  homeRoute,
  accountRoute,
  positionsRoute,
  positionRoute,
  referralsRoute,
  referralNewRoute,
  communityRoute,
  directoryRoute,
  communityGroupRoute,
  communityPostRoute,
  visitsRoute,
  visitNewRoute,
  visitRoute,
  colleaguesRoute,
]);
