import { createRoot, Root } from "react-dom/client";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { App } from "./App";

/* global document, Office, Excel */

let root: Root | null = null;

function mount(): Root | null {
  const container = document.getElementById("container");
  if (!container) return null;
  root = root ?? createRoot(container);
  return root;
}

function renderInExcel() {
  const workbook = new OfficeWorkbook(Excel.run, {
    // ExcelApi 1.20: the whole write becomes one step in Excel's Undo list.
    runGrouped: (batch) => Excel.run({ mergeUndoGroup: true }, batch),
    runOn: (context, batch) => Excel.run(context, batch),
  });
  // The pane speaks the language Office is displayed in (a remembered choice of the user's comes first).
  mount()?.render(<App port={workbook} hostLanguage={Office.context.displayLanguage} />);
}

/** No Office host (a plain browser, or office.js could not load): the web page with the file adapter. */
function renderWebPage() {
  // A separate chunk: the add-in inside Excel never downloads exceljs.
  import(/* webpackChunkName: "web" */ "./web/WebPane")
    .then(({ WebPane }) => mount()?.render(<WebPane />))
    .catch(() => {
      const container = document.getElementById("container");
      if (container) container.textContent = "Halaman tidak termuat lengkap. Muat ulang halaman (F5).";
    });
}

function officeAvailable(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

if (officeAvailable()) {
  Office.onReady((info) => (info.host === Office.HostType.Excel ? renderInExcel() : renderWebPage()));
} else {
  renderWebPage();
}
