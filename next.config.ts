import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Server-only packages that must stay plain Node modules, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "nodemailer"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc) before anything else; repeating it inside every build only
  // slows the first `npm start` down (~15 s here).
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // Every response, static assets included; the nonce-bearing Content-Security-Policy comes from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
