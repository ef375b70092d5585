/**
 * Imported first by main.ts, before anything loads graphql-js: a server started without a
 * NODE_ENV runs as in production. graphql-js reads NODE_ENV once, when it loads; outside
 * production it checks every type test against copies of itself from another realm, which was
 * 10–20% of our process's CPU per request in interleaved A/B runs (the neighbourhood: 2.9–3.7
 * against 3.8–4.7 ms). Nothing else here depends on it: Apollo's introspection, landing page
 * and stack traces are set explicitly (src/server/createServer.ts, DEBUG_ERRORS).
 */
process.env.NODE_ENV ??= 'production';

export {};
