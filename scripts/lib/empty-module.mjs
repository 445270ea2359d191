// Stands in for the "server-only" package in the save lane's bundle (scripts/lib/build-lane.ts).
export {};
