/** The announcement both sides send: Okaeri renders it (plus its footer), the baseline sends it as it is. */
export const SUBJECT = "新オフィス移転のお知らせ / We have moved";
export const BODY_JA = [
  "いつもお世話になっております。株式会社ベンチの人事部です。",
  "このたび本社を移転いたしました。新しいオフィスは駅から徒歩3分です。お近くにお越しの際は、ぜひお立ち寄りください。",
  "詳しくは https://example.test/news/office をご覧ください。",
].join("\n\n");
export const BODY_EN = [
  "Hello from the HR team at Bench Inc.",
  "We have moved our head office. The new office is a three-minute walk from the station; do drop by when you are nearby.",
  "Details: https://example.test/news/office",
].join("\n\n");
export const BODY_TEXT = `${BODY_JA}\n\n—\n${BODY_EN}\n\n配信停止はこちら: https://example.test/unsubscribe#token=${"x".repeat(80)}`;
export const BODY_HTML = `<!doctype html><html><body>${BODY_TEXT.split("\n\n")
  .map((p) => `<p>${p}</p>`)
  .join("")}</body></html>`;
