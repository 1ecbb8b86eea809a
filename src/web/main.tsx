import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "@mantine/dates/styles.css";
import "./styles.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { meKeys } from "./features/me/api/get-me";
import { i18n } from "./i18n";
import { setAuthHandlers } from "./lib/api-client";
import { isPublicPath, paths } from "./lib/paths";
import { createQueryClient } from "./lib/query-client";
import { cssVariablesResolver, theme } from "./lib/theme";
import { createAppRouter } from "./router";

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

setAuthHandlers({
  onUnauthorized: () => {
    // The session ended (expired, signed out elsewhere): forget everything and ask to sign in again.
    queryClient.clear();
    queryClient.setQueryData(meKeys.all, null);
    const { pathname, href } = router.state.location;
    if (isPublicPath(pathname)) return;
    void router.navigate({ to: paths.login, search: { redirect: href }, replace: true });
  },
  onMfaSetupRequired: () => {
    void queryClient.invalidateQueries({ queryKey: meKeys.all }).then(() => router.invalidate());
  },
});

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
        <Notifications position="top-right" limit={4} />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
