// Read by `office-addin-lint check|fix` (it uses ./eslint.config.mjs when present, else its own default).
// Starts from eslint-plugin-office-addins' React preset and adds what the preset leaves out for this project.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";

// The preset's TypeScript block (parser, plugins, office-addins and prettier rules) matches *.ts but not *.tsx.
const presetTs = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["office-addins"]);

// Every Office.js rule as an error: a context.sync() in a loop or a read before sync is a bug, not a style issue.
const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

export default [
  { ignores: ["dist/**", "dist-cli/**", "coverage/**", "node_modules/**", "out/**"] },
  ...officeAddins.configs.react,
  react.configs.flat["jsx-runtime"],
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: presetTs.plugins,
    languageOptions: {
      ...presetTs.languageOptions,
      // The preset's own parser reference is lost in its CommonJS build (office-addin-lint sets it the same way).
      parser: tsParser,
      ecmaVersion: "latest",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...presetTs.rules,
      ...officeRules,
      // TypeScript already reports undefined names (it knows the DOM, Office and CustomFunctions globals) and
      // redeclarations; the core rule misreads a value and a type of the same name (`D` in numbers/decimal.ts).
      "no-undef": "off",
      "no-redeclare": "off",
      // `const { value: _v, ...style } = cell` picks the rest on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      // Props are typed in TypeScript.
      "react/prop-types": "off",
      // `npm run lint:fix` formats what this reports.
      "prettier/prettier": ["error", { endOfLine: "auto" }],
    },
  },
  {
    // The Office.js rules recognise proxy objects by method names (getCell, load…). src/core cannot use Office
    // (tsconfig.core.json) and src/cli and src/file read files with exceljs, whose getCell() they would flag as unsynced reads.
    files: ["src/core/**", "src/cli/**", "src/file/**"],
    rules: Object.fromEntries(Object.keys(officeRules).map((name) => [name, "off"])),
  },
];
