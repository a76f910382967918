// Runs after `npm install` at the root: builds the Medusa plugins so the backend can load them.
import { buildPlugins } from "./plugins.ts"

if (!process.env.NONGSAN_SKIP_PLUGIN_BUILD) await buildPlugins({ onlyStale: true })
