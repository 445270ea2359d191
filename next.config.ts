import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // The CSV import sends a file of up to 1 MB to a server action, as text inside the encoded arguments (quotes
    // and line breaks escaped): the 1 MB default would refuse the largest files before the action can say why.
    serverActions: { bodySizeLimit: "3mb" },
  },
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
