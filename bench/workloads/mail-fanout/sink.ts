import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * The SMTP server both senders deliver to, in the driver process. It reads only each message's header block for its
 * Message-ID (full MIME parsing of 10,000 messages would make the sink the bottleneck of both sides alike).
 */
export interface CountingSink {
  url: string;
  /** Message-ID → copies received. */
  received: Map<string, number>;
  /** Messages whose Message-ID starts with `prefix`: total and distinct. */
  count(prefix: string): { total: number; distinct: number };
  waitFor(prefix: string, distinct: number, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function startCountingSink(): Promise<CountingSink> {
  const received = new Map<string, number>();
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 500,
    maxClients: 100,
    onData(stream, _session, callback) {
      let head = "";
      let done = false;
      stream.on("data", (chunk: Buffer) => {
        if (done) return;
        head += chunk.toString("latin1");
        const end = head.indexOf("\r\n\r\n");
        if (end >= 0) {
          done = true;
          head = head.slice(0, end);
        }
      });
      stream.on("end", () => {
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? "(none)";
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const count = (prefix: string) => {
    let total = 0;
    let distinct = 0;
    for (const [id, n] of received) {
      if (!id.startsWith(prefix)) continue;
      total += n;
      distinct += 1;
    }
    return { total, distinct };
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    count,
    async waitFor(prefix, distinct, timeoutMs) {
      const started = performance.now();
      while (count(prefix).distinct < distinct) {
        if (performance.now() - started > timeoutMs) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return performance.now();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
