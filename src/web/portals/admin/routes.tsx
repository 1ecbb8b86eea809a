import { createRoute, redirect } from "@tanstack/react-router";
import type { JSX } from "react";
import { EligibilityStatus, ExitType, ReturnInterest } from "../../../shared/contracts/alumni";
import { MailStatus } from "../../../shared/contracts/mailbox";
import type { Me } from "../../../shared/contracts/me";
import { MemberStatus } from "../../../shared/contracts/members";
import { Role } from "../../../shared/roles";
import { paths } from "../../lib/paths";
import { guardPortal } from "../guards";
import { rootRoute } from "../root-route";
import { AccountPage } from "../shared/account-page";
import { AdminLayout } from "./admin-layout";
import { AlumniImportPage } from "./alumni-import-page";
import { AlumniImportsPage } from "./alumni-imports-page";
import { AlumniPage, type AlumniSearch } from "./alumni-page";
import { AlumnusPage } from "./alumnus-page";
import { AnnouncementPage } from "./announcement-page";
import { AnnouncementRecipientsPage } from "./announcement-recipients-page";
import { AnnouncementsPage } from "./announcements-page";
import { ApiKeysPage } from "./api-keys-page";
import { AuditPage, type AuditSearch } from "./audit-page";
import { CandidatePage } from "./candidate-page";
import { AdminColleaguesPage } from "./colleagues-page";
import { CommunityGroupPage } from "./community-group-page";
import { CommunityGroupsPage } from "./community-groups-page";
import { CommunityModerationPage } from "./community-moderation-page";
import { CommunityPostPage } from "./community-post-page";
import { DeliveriesPage } from "./deliveries-page";
import { EditAnnouncementPage } from "./edit-announcement-page";
import { EligibilityRulesPage } from "./eligibility-rules-page";
import { EventCheckInPage } from "./event-check-in-page";
import { EventEditPage } from "./event-edit-page";
import { EventNewPage } from "./event-new-page";
import { EventPage } from "./event-page";
import { EventsPage } from "./events-page";
import { AdminHomePage } from "./home-page";
import { MailboxPage } from "./mailbox-page";
import { MembersPage, type MembersSearch } from "./members-page";
import { NewAlumnusPage } from "./new-alumnus-page";
import { NewAnnouncementPage } from "./new-announcement-page";
import { NewOffboardingCasePage } from "./new-offboarding-case-page";
import { OffboardingCasePage } from "./offboarding-case-page";
import { OffboardingPage } from "./offboarding-page";
import { OffboardingTemplatesPage } from "./offboarding-templates-page";
import { PipelinePage } from "./pipeline-page";
import { PipelineSettingsPage } from "./pipeline-settings-page";
import { PositionEditPage } from "./position-edit-page";
import { PositionNewPage } from "./position-new-page";
import { PositionPage } from "./position-page";
import { PositionsPage } from "./positions-page";
import { PRIVACY_TABS, PrivacyPage, type PrivacyTab } from "./privacy-page";
import { PrivacyRequestPage } from "./privacy-request-page";
import { ReferralsPage } from "./referrals-page";
import { type ConsoleSectionKey, canEditAlumni, canUseSection } from "./sections";
import { SettingsPage } from "./settings-page";
import { TalkPage } from "./talk-page";
import { TalksPage } from "./talks-page";
import { AdminVisitPage } from "./visit-page";
import { AdminVisitRequestPage } from "./visit-request-page";
import { AdminVisitsPage } from "./visits-page";
import { WebhookEndpointPage } from "./webhook-endpoint-page";
import { WebhooksPage } from "./webhooks-page";

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Sections the role cannot use lead back to the console home rather than to an error. */
function requireSection(me: Me, key: ConsoleSectionKey): void {
  if (!canUseSection(me, key)) throw redirect({ to: paths.admin.home, replace: true });
}

/** Pages that change the directory (admin and HR); managers land back on the list they can read. */
function requireAlumniEditor(me: Me): void {
  requireSection(me, "alumni");
  if (!canEditAlumni(me)) throw redirect({ to: paths.admin.alumni, replace: true });
}

/** Pathless layout: the HR console frame around /admin/* and /dev/mailbox. */
const consoleLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: "console",
  beforeLoad: ({ context, location }) => guardPortal(context.queryClient, location, "/admin"),
  component: AdminLayout,
});

const homeRoute = createRoute({ getParentRoute: () => consoleLayout, path: "admin", component: AdminHomePage });

const membersRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/members",
  validateSearch: (search: Record<string, unknown>): MembersSearch => {
    const role = Role.safeParse(search.role);
    const status = MemberStatus.safeParse(search.status);
    return {
      q: text(search.q),
      role: role.success ? role.data : undefined,
      status: status.success ? status.data : undefined,
      invite: search.invite === true || search.invite === "true" ? true : undefined,
    };
  },
  beforeLoad: ({ context }) => requireSection(context.me, "members"),
  component: MembersRoute,
});

function MembersRoute(): JSX.Element {
  return <MembersPage search={membersRoute.useSearch()} />;
}

function year(value: unknown): number | undefined {
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(parsed) && parsed >= 1900 && parsed <= 2100 ? parsed : undefined;
}

const alumniRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/alumni",
  validateSearch: (search: Record<string, unknown>): AlumniSearch => {
    const exitType = ExitType.safeParse(search.exitType);
    const returnInterest = ReturnInterest.safeParse(search.returnInterest);
    const eligibility = EligibilityStatus.safeParse(search.eligibility);
    return {
      q: text(search.q),
      department: text(search.department),
      leftFrom: year(search.leftFrom),
      leftTo: year(search.leftTo),
      exitType: exitType.success ? exitType.data : undefined,
      returnInterest: returnInterest.success ? returnInterest.data : undefined,
      skills: text(search.skills),
      tags: text(search.tags),
      eligibility: eligibility.success ? eligibility.data : undefined,
    };
  },
  beforeLoad: ({ context }) => requireSection(context.me, "alumni"),
  component: AlumniRoute,
});

function AlumniRoute(): JSX.Element {
  return <AlumniPage search={alumniRoute.useSearch()} />;
}

const newAlumnusRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/alumni/new",
  beforeLoad: ({ context }) => requireAlumniEditor(context.me),
  component: NewAlumnusPage,
});

const eligibilityRulesRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/alumni/eligibility-rules",
  beforeLoad: ({ context }) => requireAlumniEditor(context.me),
  component: EligibilityRulesPage,
});

const alumniImportsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/alumni/imports",
  beforeLoad: ({ context }) => requireAlumniEditor(context.me),
  component: AlumniImportsPage,
});

const alumniImportRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/alumni/imports/$importId",
  beforeLoad: ({ context }) => requireAlumniEditor(context.me),
  component: AlumniImportRoute,
});

function AlumniImportRoute(): JSX.Element {
  const { importId } = alumniImportRoute.useParams();
  return <AlumniImportPage key={importId} importId={importId} />;
}

const alumnusRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/alumni/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "alumni"),
  component: AlumnusRoute,
});

function AlumnusRoute(): JSX.Element {
  const { id } = alumnusRoute.useParams();
  return <AlumnusPage key={id} id={id} />;
}

const apiKeysRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/api-keys",
  beforeLoad: ({ context }) => requireSection(context.me, "apiKeys"),
  component: ApiKeysPage,
});

const webhooksRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/webhooks",
  beforeLoad: ({ context }) => requireSection(context.me, "webhooks"),
  component: WebhooksPage,
});

const webhookRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/webhooks/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "webhooks"),
  component: WebhookRoute,
});

function WebhookRoute(): JSX.Element {
  const { id } = webhookRoute.useParams();
  return <WebhookEndpointPage key={id} id={id} />;
}

const auditRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/audit",
  validateSearch: (search: Record<string, unknown>): AuditSearch => {
    const date = (value: unknown) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
    return {
      action: text(search.action),
      actorId: text(search.actorId),
      targetType: text(search.targetType),
      targetId: text(search.targetId),
      fromDate: date(search.fromDate),
      toDate: date(search.toDate),
    };
  },
  beforeLoad: ({ context }) => requireSection(context.me, "audit"),
  component: AuditRoute,
});

function AuditRoute(): JSX.Element {
  return <AuditPage search={auditRoute.useSearch()} />;
}

const settingsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/settings",
  beforeLoad: ({ context }) => requireSection(context.me, "settings"),
  component: SettingsPage,
});

const accountRoute = createRoute({ getParentRoute: () => consoleLayout, path: "admin/account", component: AccountPage });

const mailboxRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "dev/mailbox",
  validateSearch: (search: Record<string, unknown>): { id?: string } => ({ id: text(search.id) }),
  beforeLoad: ({ context }) => requireSection(context.me, "devMailbox"),
  component: MailboxRoute,
});

function MailboxRoute(): JSX.Element {
  return <MailboxPage search={mailboxRoute.useSearch()} />;
}

const announcementsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/announcements",
  beforeLoad: ({ context }) => requireSection(context.me, "announcements"),
  component: AnnouncementsPage,
});

const newAnnouncementRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/announcements/new",
  beforeLoad: ({ context }) => requireSection(context.me, "announcements"),
  component: NewAnnouncementPage,
});

const announcementRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/announcements/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "announcements"),
  component: AnnouncementRoute,
});

function AnnouncementRoute(): JSX.Element {
  return <AnnouncementPage id={announcementRoute.useParams().id} />;
}

const editAnnouncementRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/announcements/$id/edit",
  beforeLoad: ({ context }) => requireSection(context.me, "announcements"),
  component: () => <EditAnnouncementPage id={editAnnouncementRoute.useParams().id} />,
});

const announcementRecipientsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/announcements/$id/recipients",
  beforeLoad: ({ context }) => requireSection(context.me, "announcements"),
  component: () => <AnnouncementRecipientsPage id={announcementRecipientsRoute.useParams().id} />,
});

const deliveriesRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/mail",
  validateSearch: (search: Record<string, unknown>): { status?: MailStatus } => {
    const status = MailStatus.safeParse(search.status);
    return { status: status.success ? status.data : undefined };
  },
  beforeLoad: ({ context }) => requireSection(context.me, "deliveries"),
  component: DeliveriesRoute,
});

function DeliveriesRoute(): JSX.Element {
  return <DeliveriesPage search={deliveriesRoute.useSearch()} />;
}

const privacyRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/privacy",
  validateSearch: (search: Record<string, unknown>): { tab?: PrivacyTab } => ({
    tab: PRIVACY_TABS.find((tab) => tab === search.tab && tab !== "requests"),
  }),
  beforeLoad: ({ context }) => requireSection(context.me, "privacy"),
  component: PrivacyRoute,
});

function PrivacyRoute(): JSX.Element {
  return <PrivacyPage tab={privacyRoute.useSearch().tab ?? "requests"} />;
}

const privacyRequestRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/privacy/requests/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "privacy"),
  component: PrivacyRequestRoute,
});

function PrivacyRequestRoute(): JSX.Element {
  const { id } = privacyRequestRoute.useParams();
  return <PrivacyRequestPage key={id} id={id} />;
}

const offboardingRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/offboarding",
  beforeLoad: ({ context }) => requireSection(context.me, "offboarding"),
  component: OffboardingPage,
});

const newOffboardingCaseRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/offboarding/new",
  beforeLoad: ({ context }) => requireSection(context.me, "offboarding"),
  component: NewOffboardingCasePage,
});

const offboardingTemplatesRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/offboarding/templates",
  beforeLoad: ({ context }) => requireSection(context.me, "offboarding"),
  component: OffboardingTemplatesPage,
});

const offboardingCaseRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/offboarding/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "offboarding"),
  component: OffboardingCaseRoute,
});

function OffboardingCaseRoute(): JSX.Element {
  return <OffboardingCasePage id={offboardingCaseRoute.useParams().id} />;
}

const eventsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/events",
  beforeLoad: ({ context }) => requireSection(context.me, "events"),
  component: EventsPage,
});

const eventNewRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/events/new",
  beforeLoad: ({ context }) => requireSection(context.me, "events"),
  component: EventNewPage,
});

const eventRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/events/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "events"),
  component: () => <EventPage key={eventRoute.useParams().id} id={eventRoute.useParams().id} />,
});

const eventEditRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/events/$id/edit",
  beforeLoad: ({ context }) => requireSection(context.me, "events"),
  component: () => <EventEditPage key={eventEditRoute.useParams().id} id={eventEditRoute.useParams().id} />,
});

const eventCheckInRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/events/$id/check-in",
  beforeLoad: ({ context }) => requireSection(context.me, "events"),
  component: () => <EventCheckInPage id={eventCheckInRoute.useParams().id} />,
});

const visitsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/visits",
  beforeLoad: ({ context }) => requireSection(context.me, "visits"),
  component: AdminVisitsPage,
});

const visitNewRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/visits/new",
  beforeLoad: ({ context }) => requireSection(context.me, "visits"),
  component: AdminVisitRequestPage,
});

const visitRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/visits/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "visits"),
  component: () => <AdminVisitPage id={visitRoute.useParams().id} />,
});

/** Requests to reach out to former colleagues, for console members who are asked (no navigation entry of its own). */
const colleaguesRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/colleagues",
  component: AdminColleaguesPage,
});

const positionsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/positions",
  beforeLoad: ({ context }) => requireSection(context.me, "positions"),
  component: PositionsPage,
});

const positionNewRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/positions/new",
  beforeLoad: ({ context }) => requireSection(context.me, "positions"),
  component: PositionNewPage,
});

const positionRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/positions/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "positions"),
  component: () => {
    const { id } = positionRoute.useParams();
    return <PositionPage key={id} id={id} />;
  },
});

const positionEditRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/positions/$id/edit",
  beforeLoad: ({ context }) => requireSection(context.me, "positions"),
  component: () => {
    const { id } = positionEditRoute.useParams();
    return <PositionEditPage key={id} id={id} />;
  },
});

const talksRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/talks",
  beforeLoad: ({ context }) => requireSection(context.me, "talks"),
  component: TalksPage,
});

const talkRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/talks/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "talks"),
  component: () => {
    const { id } = talkRoute.useParams();
    return <TalkPage key={id} id={id} />;
  },
});

/** HR and admins tune the stages; managers use the board. */
function requirePipelineEditor(me: Me): void {
  requireSection(me, "pipeline");
  if (me.role !== "admin" && me.role !== "hr") throw redirect({ to: paths.admin.pipeline, replace: true });
}

const pipelineRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/pipeline",
  staticData: { wide: true },
  beforeLoad: ({ context }) => requireSection(context.me, "pipeline"),
  component: PipelinePage,
});

const pipelineSettingsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/pipeline/settings",
  beforeLoad: ({ context }) => requirePipelineEditor(context.me),
  component: PipelineSettingsPage,
});

const candidateRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/pipeline/candidates/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "pipeline"),
  component: () => {
    const { id } = candidateRoute.useParams();
    return <CandidatePage key={id} id={id} />;
  },
});

const referralsRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/referrals",
  beforeLoad: ({ context }) => requireSection(context.me, "referrals"),
  component: ReferralsPage,
});

const communityRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/community",
  beforeLoad: ({ context }) => requireSection(context.me, "community"),
  component: CommunityGroupsPage,
});
const communityModerationRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/community/moderation",
  beforeLoad: ({ context }) => requireSection(context.me, "community"),
  component: CommunityModerationPage,
});
const communityGroupRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/community/groups/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "community"),
  component: () => {
    const { id } = communityGroupRoute.useParams();
    return <CommunityGroupPage key={id} id={id} />;
  },
});
const communityPostRoute = createRoute({
  getParentRoute: () => consoleLayout,
  path: "admin/community/posts/$id",
  beforeLoad: ({ context }) => requireSection(context.me, "community"),
  component: () => {
    const { id } = communityPostRoute.useParams();
    return <CommunityPostPage key={id} id={id} />;
  },
});

export const adminRouteTree = consoleLayout.addChildren([
  communityRoute,
  communityModerationRoute,
  communityGroupRoute,
  communityPostRoute,
  visitsRoute,
  visitNewRoute,
  visitRoute,
  colleaguesRoute,
  positionsRoute,
  positionNewRoute,
  positionRoute,
  positionEditRoute,
  talksRoute,
  talkRoute,
  pipelineRoute,
  pipelineSettingsRoute,
  candidateRoute,
  referralsRoute,
  eventsRoute,
  eventNewRoute,
  eventRoute,
  eventEditRoute,
  eventCheckInRoute,
  privacyRoute,
  privacyRequestRoute,
  homeRoute,
  alumniRoute,
  newAlumnusRoute,
  alumniImportsRoute,
  alumniImportRoute,
  eligibilityRulesRoute,
  alumnusRoute,
  membersRoute,
  apiKeysRoute,
  webhooksRoute,
  webhookRoute,
  auditRoute,
  settingsRoute,
  accountRoute,
  mailboxRoute,
  announcementsRoute,
  newAnnouncementRoute,
  announcementRoute,
  editAnnouncementRoute,
  announcementRecipientsRoute,
  deliveriesRoute,
  offboardingRoute,
  newOffboardingCaseRoute,
  offboardingTemplatesRoute,
  offboardingCaseRoute,
]);
