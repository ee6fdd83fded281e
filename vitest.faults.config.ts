import { defineConfig } from "vitest/config"

// The fault suite: real server processes under load. Files run one after another so that one case's
// load does not skew another's timings.
export default defineConfig({
  test: {
    include: ["test/faults/**/*.test.ts"],
    fileParallelism: false,
    reporters: ["default", "json"],
    outputFile: { json: "test-results-faults.json" },
    testTimeout: 120_000,
    hookTimeout: 30_000
  }
})
