import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Several test files run `astro build`, and Astro keeps its prerender
    // files in the project's .astro/ folder whatever the outDir: builds
    // running at once would overwrite each other. Files run one by one.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
