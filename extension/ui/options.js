// Options page: service URL, audience, failure mode and files that cannot be checked. Fields IT sets through managed policy
// are shown locked and marked as set by the organisation.

import { sendToWorker } from "../shared/browser-api.js";
import { MESSAGES } from "../shared/messages.js";

const FIELDS = ["service_url", "audience", "failure_mode", "unreadable_files"];
const form = document.getElementById("settings");
const status = document.getElementById("save-status");

function render(settings) {
  for (const key of FIELDS) {
    const field = form.elements[key];
    field.value = settings.values[key] ?? "";
    const locked = settings.locked.includes(key);
    field.disabled = locked;
    document.getElementById(`${key}-locked`).hidden = !locked;
  }
  form.dataset.loaded = "true";
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const changes = {};
  for (const key of FIELDS) {
    const field = form.elements[key];
    if (!field.disabled) changes[key] = field.value.trim() || null;
  }
  try {
    render(await sendToWorker(MESSAGES.SET_SETTINGS, changes));
    status.textContent = "Saved";
  } catch (error) {
    status.textContent = `Not saved: ${error.message}`;
  }
});

sendToWorker(MESSAGES.GET_SETTINGS).then(render);
