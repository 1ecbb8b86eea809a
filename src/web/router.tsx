import type { QueryClient } from "@tanstack/react-query";
import { createRouter } from "@tanstack/react-router";
import { PageLoader } from "./components/page-loader";
import { adminRouteTree } from "./portals/admin/routes";
import { alumniRouteTree } from "./portals/alumni/routes";
import { employeeRouteTree } from "./portals/employee/routes";
import { publicRoutes } from "./portals/public/routes";
import { rootRoute } from "./portals/root-route";

const routeTree = rootRoute.addChildren([...publicRoutes, adminRouteTree, employeeRouteTree, alumniRouteTree]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    // Freshness is TanStack Query's job; the router always asks it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: () => <PageLoader minHeight="60vh" />,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}
