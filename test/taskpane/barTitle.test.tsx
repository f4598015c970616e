/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { I18nProvider } from "../../src/taskpane/i18n";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";

test("a message bar's title is its own sentence for a screen reader, not run into the message", () => {
  render(
    <I18nProvider initial="id">
      <ErrorBar title="Berkas tidak dapat dibuka" error={new Error('Berkas "surat.pdf" adalah dokumen PDF.')} />
    </I18nProvider>,
  );
  const bar = screen.getByText("Berkas tidak dapat dibuka").closest(".fui-MessageBar") as HTMLElement;
  expect(bar.textContent).toContain('Berkas tidak dapat dibuka. Berkas "surat.pdf" adalah dokumen PDF.');
});
