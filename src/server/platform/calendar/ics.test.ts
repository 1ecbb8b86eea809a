import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFile } from "./ics";

describe("calendarFile", () => {
  it("is read back by an independent parser with the same UID, times and text", () => {
    const ics = calendarFile({
      uid: "event-123@okaeri",
      sequence: 2,
      title: "さくらテクノロジー 同窓会 2026",
      description: "2026年12月5日（土）19:00〜21:00（日本時間）\n会場：東京都千代田区丸の内1-1-1",
      startsAt: new Date("2026-12-05T10:00:00Z"),
      endsAt: new Date("2026-12-05T12:00:00Z"),
      location: "東京都千代田区丸の内1-1-1",
      url: "https://okaeri.example/alumni/events/123",
    });
    const component = new ICAL.Component(ICAL.parse(ics));
    const vevent = component.getFirstSubcomponent("vevent");
    expect(vevent).toBeTruthy();
    const event = new ICAL.Event(vevent as ICAL.Component);
    expect(event.uid).toBe("event-123@okaeri");
    expect(event.sequence).toBe(2);
    expect(event.summary).toBe("さくらテクノロジー 同窓会 2026");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-05T10:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-05T12:00:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.description).toContain("丸の内");
    expect(vevent?.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(component.getFirstPropertyValue("prodid")).toBe("-//Okaeri//Okaeri//JA");
  });

  it("marks a cancelled event so calendars remove it", () => {
    const ics = calendarFile({
      uid: "event-9@okaeri",
      sequence: 3,
      title: "中止",
      description: "",
      startsAt: new Date("2026-12-05T10:00:00Z"),
      endsAt: new Date("2026-12-05T11:00:00Z"),
      cancelled: true,
    });
    const component = new ICAL.Component(ICAL.parse(ics));
    expect(component.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(component.getFirstSubcomponent("vevent")?.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
