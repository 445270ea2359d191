import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { answerBeforeNextAuth } from "@/lib/auth/sign-in-gate";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// next-auth v4 reads params synchronously; Next 16 hands them over as a promise. Malformed bodies and throttled
// sign-ins are answered before next-auth runs (lib/auth/sign-in-gate.ts).
async function handler(req: Request, ctx: Ctx) {
  const params = await ctx.params;
  const early = await answerBeforeNextAuth(req, params.nextauth);
  if (early) return early;
  return NextAuth(req as never, { params } as never, authOptions());
}

export { handler as GET, handler as POST };
