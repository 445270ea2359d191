// In tests there is no React server bundle; "server-only" is a no-op marker here.
export {};
