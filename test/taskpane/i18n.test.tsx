/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { I18nProvider, useI18n } from "../../src/taskpane/i18n";
import { LanguageSwitch } from "../../src/taskpane/components/LanguageSwitch";

function Shown(props: { where: string }) {
  const { lang } = useI18n();
  return <span data-testid={props.where}>{lang}</span>;
}

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
