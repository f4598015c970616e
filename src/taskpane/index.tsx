import { createRoot } from "react-dom/client";
import { WorkbookPort } from "../core/ports/workbookPort";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { App } from "./App";

/* global document, Office, Excel */

function render(port: WorkbookPort | null) {
  const container = document.getElementById("container");
  if (!container) return;
  // The file adapter (a later issue) plugs in here as `openFile`.
  createRoot(container).render(<App port={port} />);
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => render(info.host === Office.HostType.Excel ? new OfficeWorkbook(Excel.run) : null));
} else {
  render(null);
}
