/** Fixtures of the core's tests that the other parts' tests use too (package entry `@thidua/core/testing`). */
export * from './sheet-read/hostile-files';
export * from './sheet-write/fixtures';
