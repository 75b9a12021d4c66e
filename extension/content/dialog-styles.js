// Styles of the dialog and the paste notice. Sizes in px scale with browser zoom; widths are
// capped by the viewport and the panel scrolls, so it stays readable at 200% zoom.

export const DIALOG_CSS = `
:host { inset: 0; }
.backdrop {
  position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  background: rgba(15, 23, 42, 0.55); padding: 16px; box-sizing: border-box;
}
.panel {
  box-sizing: border-box; width: min(640px, 100%); max-height: 100%; display: flex; flex-direction: column;
  background: #ffffff; color: #1a1a1a; border-radius: 10px; padding: 24px;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif;
  border-top: 8px solid #b42318; box-shadow: 0 20px 50px rgba(0, 0, 0, 0.35); text-align: left;
}
.panel.warn { border-top-color: #b54708; }
.panel.unavailable { border-top-color: #344054; }
h2 { font-size: 22px; line-height: 1.3; margin: 0 0 12px; flex: none; }
.body { flex: 1 1 auto; min-height: 0; overflow: auto; }
details { margin: 12px 0 0; }
summary { font-weight: 600; cursor: pointer; }
h3 { font-size: 17px; margin: 16px 0 6px; }
p { margin: 0 0 10px; }
ul { margin: 0 0 8px; padding-left: 22px; }
li { margin: 4px 0; }
.finding-label { font-weight: 600; }
.preview { font-family: "Liberation Mono", Consolas, monospace; background: #f2f4f7; padding: 0 4px; border-radius: 4px; }
.explanation, .source, .note { color: #475467; font-size: 15px; }
code { font-family: "Liberation Mono", Consolas, monospace; background: #f2f4f7; padding: 2px 6px; border-radius: 4px; }
fieldset { border: 1px solid #d0d5dd; border-radius: 8px; margin: 16px 0 0; padding: 8px 14px 12px; }
legend { font-weight: 600; padding: 0 4px; }
label { display: flex; gap: 8px; align-items: flex-start; margin: 6px 0; cursor: pointer; }
input[type="radio"] { margin-top: 5px; width: 18px; height: 18px; flex: none; }
.actions { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 16px; flex: none; }
button {
  font: inherit; min-height: 44px; padding: 8px 16px; border-radius: 8px; cursor: pointer;
  border: 2px solid #344054; background: #ffffff; color: #1a1a1a;
}
button.primary { background: #175cd3; border-color: #175cd3; color: #ffffff; }
button[disabled] { opacity: 0.5; cursor: not-allowed; }
button:focus-visible, a:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #fdb022; outline-offset: 2px; }
a { color: #175cd3; }
`;

export const NOTICE_CSS = `
:host { right: 16px; bottom: 16px; max-width: min(420px, calc(100vw - 32px)); }
.notice {
  box-sizing: border-box; background: #ffffff; color: #1a1a1a; border-left: 6px solid #b54708;
  border-radius: 8px; padding: 12px 14px; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.25);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif;
  display: flex; gap: 10px; align-items: flex-start;
}
.notice p { margin: 0; }
button { font: inherit; border: 1px solid #344054; background: #fff; border-radius: 6px; min-height: 32px; cursor: pointer; }
button:focus-visible { outline: 3px solid #fdb022; outline-offset: 2px; }
`;
