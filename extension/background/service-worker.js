// Entry point of the MV3 service worker: it only wires modules together. It keeps no state in
// globals (the browser stops idle workers); settings and caches live in chrome.storage.

import { ext } from "../shared/browser-api.js";
import { dispatch } from "./dispatcher.js";

ext.runtime.onMessage.addListener(dispatch);
