// Where a replica receives files, as the real sites do: a persistent input[type=file], an
// "Upload files" button that creates a file input and clicks it without ever adding it to the
// document (Gemini does this), a drop zone, and files pasted anywhere on the page. Every file
// that reaches the page's own code is recorded, with how it came, in window.__uploads.received.

import { el } from "./dom.js";

export function mountUploads() {
  const received = [];
  const record = (via, files) => {
    for (const file of files ?? []) received.push({ via, name: file.name, size: file.size, type: file.type });
  };

  const input = el("input", { type: "file", multiple: true, id: "replica-upload", on: { change: (event) => record("input", event.target.files) } });
  const attach = el(
    "button",
    {
      type: "button",
      id: "replica-attach",
      "aria-label": "Upload files",
      on: {
        click: () => {
          const transient = document.createElement("input");
          transient.type = "file";
          transient.multiple = true;
          transient.addEventListener("change", () => record("transient-input", transient.files));
          transient.click();
        },
      },
    },
    "+",
  );
  const zone = el(
    "div",
    {
      id: "replica-drop-zone",
      on: {
        dragover: (event) => event.preventDefault(),
        drop: (event) => {
          event.preventDefault();
          record("drop", event.dataTransfer?.files);
        },
      },
    },
    "Drop files here",
  );
  // Capture phase: the editors handle paste on their own element and may stop it there.
  document.addEventListener(
    "paste",
    (event) => {
      if (event.clipboardData?.files.length) record("paste", event.clipboardData.files);
    },
    true,
  );
  document.body.append(el("aside", { class: "uploads", "aria-label": "Uploads" }, input, attach, zone));
  window.__uploads = { received };
}
