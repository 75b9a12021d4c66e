// ESLint flat config for the extension (no plugins needed): browser + WebExtension globals, ES modules.
export default [
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { chrome: "readonly", browser: "readonly", globalThis: "readonly" },
    },
    rules: {
      "no-console": ["error", { allow: ["warn"] }],
      "no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: "error",
    },
  },
  {
    files: ["content/loader.js", "content/page-channel.js", "content/file-capture.js", "main-world/*.js"],
    languageOptions: { sourceType: "script" },
  },
];
