import { describe, expect, test } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { lockoutOf } from "@/lib/auth/throttle";

describe("clientAddress", () => {
  test("the last X-Forwarded-For entry: the one the server or the trusted proxy wrote", () => {
    expect(clientAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.1, 198.51.100.7")).toBe("198.51.100.7");
    expect(clientAddress(" spoofed ,  192.0.2.4 ")).toBe("192.0.2.4");
  });

  test("IPv4-mapped IPv6 is written as IPv4; loopback stays as it is", () => {
    expect(clientAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(clientAddress("::1")).toBe("::1");
  });

  test("other IPv6 addresses count per /64, so one subscriber's many addresses are one", () => {
    expect(clientAddress("2001:db8:85a3:12::8a2e:370:7334")).toBe("2001:db8:85a3:12::/64");
    expect(clientAddress("2001:0DB8:85a3:0012:ffff:ffff:ffff:1")).toBe("2001:db8:85a3:12::/64");
    expect(clientAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });

  test("nothing usable is null", () => {
    for (const bad of [undefined, null, "", " , ", "unknown", "evil.example", "1.2.3.4.5"]) expect(clientAddress(bad), String(bad)).toBeNull();
  });
});

describe("lockoutOf", () => {
  test("no limit reached is no lockout; the later of two decides", () => {
    expect(lockoutOf(null, null)).toBeNull();
    expect(lockoutOf(120, null)).toEqual({ scope: "account", retryAfterSeconds: 120 });
    expect(lockoutOf(null, 30)).toEqual({ scope: "address", retryAfterSeconds: 30 });
    expect(lockoutOf(120, 600)).toEqual({ scope: "address", retryAfterSeconds: 600 });
    expect(lockoutOf(0, null)).toEqual({ scope: "account", retryAfterSeconds: 1 });
  });
});
