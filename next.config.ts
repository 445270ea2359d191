import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Server-only packages that must stay plain Node modules, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc) before anything else; repeating it inside every build only
  // slows the first `npm start` down (~15 s here).
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
