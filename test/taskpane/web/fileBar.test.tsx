/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { FileBar, FileBarProps } from "../../../src/taskpane/web/FileBar";
import { WEB_TEXT } from "../../../src/taskpane/web/webText";

function bar(props: Partial<FileBarProps>) {
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
  return (
    <FluentProvider theme={webLightTheme}>
      <FileBar {...all} />
    </FluentProvider>
  );
}

const renderBar = (props: Partial<FileBarProps>) => render(bar(props));

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

  it("says the result is ready to download until it was downloaded, then only the download's own status", () => {
    const ready = "Hasil siap diunduh sebagai renja-lkjip.xlsx.";
    const { rerender } = renderBar({ hasResult: true });
    expect(screen.getByText(ready)).toBeTruthy();
    rerender(bar({ hasResult: true, downloaded: true, primary: true }));
    expect(screen.queryByText(ready)).toBeNull();
  });
});
