import { createRoot } from "react-dom/client";
import { startFileWorker } from "./worker/startFileWorker";
import { WebPane } from "./WebPane";
import { prepareProgressNumbers } from "./webText";
import { workerSessions } from "./workerSession";

/* global document */

/** The web page (index.html): no Office host, no custom functions; files are read, checked and written in a worker. */
const container = document.getElementById("container");
if (container) createRoot(container).render(<WebPane openSession={workerSessions(startFileWorker)} />);
prepareProgressNumbers();
