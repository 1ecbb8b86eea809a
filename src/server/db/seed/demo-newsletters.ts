import * as announcements from "../../features/announcements/announcements.service";
import type { TenantContext } from "../../platform/context";

const AUTUMN_JA = `## さくらテクノロジー アルムナイ通信 2026年秋号

卒業生の皆さま、いつもありがとうございます。秋号では、最近の社内の様子をお届けします。

### 今号のトピック

- **新オフィスへ移転しました**：渋谷の新オフィスでは、アルムナイの皆さまにもご利用いただける交流スペースを設けました。
- **プロダクト「さくらクラウド帳票」が1周年**：開発に携わってくださった卒業生の皆さまに、心より感謝申し上げます。
- **アルムナイ採用を再開しています**：エンジニアリング部・カスタマーサクセス部で募集中です。

### 年末交流会のお知らせ

12月上旬に、卒業生と社員の交流会を予定しています。詳細は追ってイベントのご案内でお送りします。

採用情報は[採用ページ](https://example.com/sakura-tech/careers)をご覧ください。

いつでも「おかえりなさい」と言える会社でありたいと考えています。今後ともどうぞよろしくお願いいたします。`;

const AUTUMN_EN = `## Sakura Technology Alumni News, Autumn 2026

Thank you for staying in touch. Here is what has been happening at the company.

### In this issue

- **We moved to a new office** in Shibuya, with a lounge that alumni are welcome to use.
- **"Sakura Cloud Forms" turned one**: our thanks to the alumni who helped build it.
- **Alumni hiring is open again** in Engineering and Customer Success.

### Year-end get-together

We are planning a get-together of alumni and employees in early December. An invitation will follow.

See our [careers page](https://example.com/sakura-tech/careers) for open positions.

Our door is always open. We look forward to staying connected.`;

const STUDY_JA = `## エンジニアリング部 卒業生の皆さまへ

社内勉強会「さくらテック・トーク」を、卒業生の皆さまにも公開することになりました。

- 日時：毎月第3木曜日 19:00〜20:30
- 形式：オンライン（参加URLは前日にお送りします）
- テーマ例：型安全なAPI設計、PostgreSQLの運用、チームでのコードレビュー

登壇してくださる方も歓迎しています。ご関心のある方は、このメールにご返信ください。`;

const STUDY_EN = `## To alumni of Engineering

Our internal study session "Sakura Tech Talk" is now open to alumni.

- When: the third Thursday of every month, 19:00–20:30 (Japan time)
- Where: online (the link is sent the day before)
- Topics: type-safe API design, running PostgreSQL, code review in teams

Speakers are welcome too. If you are interested, simply reply to this email.`;

const YEAR_END_JA = `## 年末のご挨拶

本年も大変お世話になりました。卒業生の皆さまのご活躍は、私たちにとって大きな励みです。

年末年始は **12月27日から1月4日まで** 休業いたします。期間中のお問い合わせは、1月5日以降に順次お返事いたします。

来年もどうぞよろしくお願いいたします。`;

const YEAR_END_EN = `## Season's greetings

Thank you for another year of staying in touch. Your success is a great encouragement to us all.

Our office is closed **from 27 December to 4 January**. We will reply to messages from 5 January.

We look forward to the new year with you.`;

/** Tokyo 10:00 a week from now: the scheduled issue HR can still edit or cancel in the demo. */
function nextWeekMorning(): string {
  const day = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return `${day}T10:00:00+09:00`;
}

/** Newsletters of the demo company: two sent to segments (so the recipients page and the archive have rows) and one scheduled. */
export async function seedDemoNewsletters(ctx: TenantContext): Promise<void> {
  await announcements.createAnnouncement({
    ctx,
    input: {
      purpose: "company_news",
      segment: {},
      subjectJa: "さくらテクノロジー アルムナイ通信 2026年秋号",
      bodyJa: AUTUMN_JA,
      subjectEn: "Sakura Technology Alumni News, Autumn 2026",
      bodyEn: AUTUMN_EN,
    },
  });
  const engineering = { department: "エンジニアリング部" };
  // Sent only when someone in the segment can receive it (the service refuses an empty audience).
  if ((await announcements.countAudience({ ctx, input: { purpose: "events", segment: engineering } })).recipients > 0) {
    await announcements.createAnnouncement({
      ctx,
      input: {
        purpose: "events",
        segment: engineering,
        subjectJa: "社内勉強会「さくらテック・トーク」を卒業生の皆さまにも公開します",
        bodyJa: STUDY_JA,
        subjectEn: "Our study session Sakura Tech Talk is open to alumni",
        bodyEn: STUDY_EN,
      },
    });
  }
  await announcements.createAnnouncement({
    ctx,
    input: {
      purpose: "company_news",
      segment: { leftFrom: 2020 },
      subjectJa: "年末のご挨拶と休業期間のお知らせ",
      bodyJa: YEAR_END_JA,
      subjectEn: "Season's greetings and our year-end holidays",
      bodyEn: YEAR_END_EN,
      scheduledAt: nextWeekMorning(),
    },
  });
}
