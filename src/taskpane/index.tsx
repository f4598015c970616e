import { createRoot, Root } from "react-dom/client";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { App } from "./App";

/* global document, location, Office, Excel */

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

/**
 * No Office host (a plain browser, or office.js could not load): the web page is a page of its own (index.html,
 * without office.js and the functions), so this one sends the browser there.
 */
function renderWebPage() {
  location.replace(`index.html${location.search}${location.hash}`);
}

function officeAvailable(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

if (officeAvailable()) {
  Office.onReady((info) => (info.host === Office.HostType.Excel ? renderInExcel() : renderWebPage()));
} else {
  renderWebPage();
}
