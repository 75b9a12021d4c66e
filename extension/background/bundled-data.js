// Reads the JSON files the build bundles into data/ (sites, degraded rules, entity labels).

import { extensionUrl } from "../shared/browser-api.js";

export async function readBundled(path) {
  const response = await fetch(extensionUrl(path));
  if (!response.ok) throw new Error(`missing bundled file ${path}`);
  return response.json();
}
