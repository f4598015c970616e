/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { I18nProvider, useI18n } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { id } from "../../src/taskpane/i18n/id";
import { initialLanguage, languageOfTag } from "../../src/taskpane/i18n/language";
import { LanguageSwitch } from "../../src/taskpane/components/LanguageSwitch";
import { WEB_TEXT } from "../../src/taskpane/web/webText";

function Shown(props: { where: string }) {
  const { lang } = useI18n();
  return <span data-testid={props.where}>{lang}</span>;
}

/** Every key path of a dictionary, nested objects included. */
function keyPaths(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === "object" ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

test("id and en have the same keys, the web page's words too", () => {
  expect(keyPaths(en).sort()).toEqual(keyPaths(id).sort());
  expect(keyPaths(WEB_TEXT.en).sort()).toEqual(keyPaths(WEB_TEXT.id).sort());
});

test("progress counts are written as each language writes numbers", () => {
  expect(id.progressText("Memeriksa", 0, 22407)).toBe("Memeriksa… (0 dari 22.407)");
  expect(en.progressText("Checking", 1500.5, 22407)).toBe("Checking… (1,500 of 22,407)");
});

test("a language tag names the pane's language, Bahasa Indonesia when it is neither", () => {
  expect(languageOfTag("en-US")).toBe("en");
  expect(languageOfTag("en")).toBe("en");
  expect(languageOfTag("id-ID")).toBe("id");
  expect(languageOfTag("in")).toBe("id");
  expect(languageOfTag("fr-FR")).toBeNull();
  expect(initialLanguage("fr-FR", null)).toBe("id");
  expect(initialLanguage(undefined, null)).toBe("id");
  expect(initialLanguage("en-GB", null)).toBe("en");
  expect(initialLanguage("en-GB", "id")).toBe("id");
});

test("a pane nested in the web page shares the page's language: one switch changes both", () => {
  render(
    <I18nProvider initial="id">
      <Shown where="page" />
      <I18nProvider initial="id">
        <Shown where="pane" />
        <LanguageSwitch />
      </I18nProvider>
    </I18nProvider>,
  );
  expect(screen.getByTestId("page").textContent).toBe("id");
  fireEvent.click(screen.getByRole("button", { name: "English" }));
  expect(screen.getByTestId("pane").textContent).toBe("en");
  expect(screen.getByTestId("page").textContent).toBe("en");
});

test("outside any provider the pane speaks Bahasa Indonesia", () => {
  render(<Shown where="alone" />);
  expect(screen.getByTestId("alone").textContent).toBe("id");
});

test("the Kenali summary says none found in words, not `0 temuan, 0 di antaranya kesalahan`", () => {
  expect(id.recognisedSummary(1, 0, 0)).toBe("1 lembar dikenali; pemeriksaan tidak menemukan temuan.");
  expect(id.recognisedSummary(2, 3, 0)).toBe(
    "2 lembar dikenali; pemeriksaan menemukan 3 temuan, tidak ada yang berupa kesalahan.",
  );
  expect(id.recognisedSummary(2, 46, 35)).toBe(
    "2 lembar dikenali; pemeriksaan menemukan 46 temuan, 35 di antaranya kesalahan.",
  );
  expect(en.recognisedSummary(1, 1, 0)).toBe("1 sheet recognised; the check found 1 finding, none of them an error.");
});
