// The cross-site write check proxy.ts applies to every request: pure, so every header combination is cheap to try.
import { describe, expect, test } from "vitest";
import { checkSameOrigin, ownHosts } from "@/lib/http/same-origin";

const hosts = ownHosts("localhost:3000", undefined);
const check = (method: string, headers: Record<string, string>, own = hosts) => checkSameOrigin(method, new Headers(headers), own).ok;

describe("checkSameOrigin", () => {
  test("reads pass whatever they carry", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(check(method, { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBe(true);
  });

  test.each([
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["the same host on another port", { origin: "http://localhost:3001" }],
    ["Origin null (sandboxed frame, file:)", { origin: "null" }],
    ["a non-http Origin", { origin: "chrome-extension://abc" }],
    ["a foreign Origin even with Sec-Fetch-Site same-origin", { origin: "https://evil.example", "sec-fetch-site": "same-origin" }],
    ["no Origin, Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
    ["no Origin, Sec-Fetch-Site same-site (a sibling subdomain)", { "sec-fetch-site": "same-site" }],
    ["no Origin or Sec-Fetch-Site, a foreign Referer", { referer: "https://evil.example/page" }],
    ["no Origin or Sec-Fetch-Site, a Referer that is not a URL", { referer: "::" }],
  ])("a write with %s is refused", (_what, headers) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(check(method, headers)).toBe(false);
  });

  test.each([
    ["its own Origin", { origin: "http://localhost:3000" }],
    ["its own Origin on https (behind a TLS proxy that keeps Host)", { origin: "https://localhost:3000" }],
    ["its own Origin in other letter case", { origin: "http://LOCALHOST:3000" }],
    ["Sec-Fetch-Site same-origin", { "sec-fetch-site": "same-origin" }],
    ["Sec-Fetch-Site none (typed by the user)", { "sec-fetch-site": "none" }],
    ["its own Referer", { referer: "http://localhost:3000/interviews" }],
    ["no Origin, Sec-Fetch-Site or Referer (curl, scripts)", {}],
  ])("a write with %s passes", (_what, headers) => {
    expect(check("POST", headers)).toBe(true);
  });

  test("NEXTAUTH_URL's host is the app's too; X-Forwarded-Host is not", () => {
    const behindProxy = ownHosts("10.0.0.5:3000", "https://quorum.example.com");
    expect(check("POST", { origin: "https://quorum.example.com" }, behindProxy)).toBe(true);
    expect(check("POST", { origin: "https://evil.example", "x-forwarded-host": "evil.example" }, behindProxy)).toBe(false);
    expect(check("POST", { origin: "http://127.0.0.1:3000" }, ownHosts("127.0.0.1:3000", undefined))).toBe(true);
  });
});
