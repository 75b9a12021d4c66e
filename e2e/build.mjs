// Bundles each replica (replicas/<site>/main.js or main.jsx) into .build/<site>.js with
// esbuild's API, which finds its platform binary from the optional dependency npm installed.
import { build } from "esbuild";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const replicas = join(here, "replicas");
const entryOf = (site) => ["main.js", "main.jsx"].map((name) => join(replicas, site, name)).find((path) => existsSync(path));
const entryPoints = Object.fromEntries(
  readdirSync(replicas)
    .map((site) => [site, entryOf(site)])
    .filter(([, entry]) => entry),
);

await build({
  entryPoints,
  bundle: true,
  format: "iife",
  target: "chrome120",
  jsx: "automatic",
  minify: true,
  define: { "process.env.NODE_ENV": '"production"' },
  outdir: join(here, ".build"),
  logLevel: "warning",
});
