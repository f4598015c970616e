/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { FileBar, FileBarProps } from "../../../src/taskpane/web/FileBar";
import { WEB_TEXT } from "../../../src/taskpane/web/webText";

function renderBar(props: Partial<FileBarProps>) {
  const all: FileBarProps = {
    text: WEB_TEXT.id,
    fileName: "renja.xls",
    sourceFormat: "xls",
    downloadName: "renja-lkjip.xlsx",
    hasResult: false,
    downloading: false,
    primary: false,
    busy: false,
    onOpen: () => undefined,
    onDownload: () => undefined,
    onCancelDownload: () => undefined,
    ...props,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <FileBar {...all} />
    </FluentProvider>,
  );
}

describe("the web page's file bar", () => {
  it("says under the name that the macros of an .xls stay in the file, not in the .xlsx result", () => {
    renderBar({ macrosLeftOut: true });
    expect(screen.getByText(/^Berkas \.xls \(Excel 97–2003\) dibaca/)).toBeTruthy();
    expect(screen.getByText(WEB_TEXT.id.macrosLeftOut)).toBeTruthy();
  });

  it("says nothing of macros for a file without them", () => {
    renderBar({ macrosLeftOut: false });
    expect(screen.queryByText(/Makro/)).toBeNull();
  });
});
