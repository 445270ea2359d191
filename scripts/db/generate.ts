// postinstall: generate the Prisma client into lib/generated/prisma (ignored by git) so that type checks, builds
// and scripts find it right after `npm ci`. Needs no database and downloads nothing.
import { generateClient } from "./prisma-cli.ts";

await generateClient();
console.log("Prisma client generated in lib/generated/prisma");
