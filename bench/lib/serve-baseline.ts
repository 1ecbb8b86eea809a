import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { announceReady } from "./child";

/** Serves a baseline app on a free port, announces it to the driver, and closes `close` on SIGTERM/SIGINT. */
export function serveBaseline(app: Hono, close: () => Promise<void>): void {
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => announceReady(info.port));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await close().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
