import bcrypt from "bcryptjs";

// bcrypt (pure JS, no native build step) with cost 12: ~250 ms a hash here, slow enough for stolen hashes.
const COST = 12;

export const hashPassword = (plain: string) => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
export const DUMMY_HASH = "$2b$12$MyseOtafaMZQFUARdyeppOsScGLRoY47fVFFs0DGBdiu027cR9Q0S";
