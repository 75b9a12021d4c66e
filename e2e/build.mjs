// Bundles each replica (replicas/<site>/main.js) into .build/<site>.js with esbuild's API,
// which finds its platform binary from the optional dependency npm installed.
import { build } from "esbuild";
import { readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const replicas = join(here, "replicas");
const entryPoints = Object.fromEntries(
  readdirSync(replicas)
    .filter((site) => existsSync(join(replicas, site, "main.js")))
    .map((site) => [site, join(replicas, site, "main.js")]),
);

await build({
  entryPoints,
  bundle: true,
  format: "iife",
  target: "chrome120",
  outdir: join(here, ".build"),
  logLevel: "warning",
});
