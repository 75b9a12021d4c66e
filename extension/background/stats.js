// Today's counts for the popup, kept in chrome.storage.local (counts only, never content).

import { ext } from "../shared/browser-api.js";
import { STORAGE_KEYS } from "../shared/constants.js";

const today = () => new Date().toISOString().slice(0, 10);

export async function todaysStats() {
  const stored = (await ext.storage.local.get(STORAGE_KEYS.STATS))[STORAGE_KEYS.STATS];
  return stored && stored.date === today() ? stored.counts : {};
}

export async function countStat(name) {
  const counts = await todaysStats();
  counts[name] = (counts[name] ?? 0) + 1;
  await ext.storage.local.set({ [STORAGE_KEYS.STATS]: { date: today(), counts } });
}
