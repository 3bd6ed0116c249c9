/**
 * Which engine made a comparison. Stored comparisons keep the output of the engine that made
 * them, so a page can say when today's engine would judge the pair afresh.
 *
 * Bump it whenever `compare()` gives other output for the same input (rules, facts, weights):
 * test/engine/engine-version.test.ts fails until the version and its output fingerprint move
 * together.
 */
export const ENGINE_VERSION = 3
