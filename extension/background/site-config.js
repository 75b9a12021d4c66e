// Which site entries apply to a page: the bundled sites.json, replaced entry by entry with the
// selectors the service's policy delivers (so a site change is fixed without reinstalling),
// plus any extra sites IT adds through managed policy.

import { DATA_FILES } from "../shared/constants.js";
import { readBundled } from "./bundled-data.js";

function matchPatternToRegExp(pattern) {
  // Chrome match pattern: scheme://host/path with * wildcards; "*." at the host start means any subdomain.
  const match = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!match) return null;
  const [, scheme, host, path] = match;
  const escape = (s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  const schemePart = scheme === "*" ? "https?" : scheme;
  let hostPart;
  if (host === "*") hostPart = "[^/]+";
  else if (host.startsWith("*.")) hostPart = `(?:[^/]+\\.)?${escape(host.slice(2))}`;
  else hostPart = escape(host);
  const pathPart = path.split("*").map(escape).join(".*");
  return new RegExp(`^${schemePart}://${hostPart}${pathPart}$`);
}

export function urlMatches(url, patterns) {
  return patterns.some((pattern) => matchPatternToRegExp(pattern)?.test(url));
}

export function mergeSites(bundled, fromPolicy = [], extra = []) {
  const byId = new Map(bundled.map((site) => [site.id, site]));
  for (const site of [...fromPolicy, ...extra]) {
    if (site && typeof site.id === "string" && Array.isArray(site.matches)) byId.set(site.id, site);
  }
  return [...byId.values()];
}

export async function sitesFor(url, policy, settings) {
  const bundled = (await readBundled(DATA_FILES.SITES)).sites;
  const all = mergeSites(bundled, policy?.sites ?? [], settings.values.extra_sites);
  return all.filter((site) => urlMatches(url, site.matches));
}
