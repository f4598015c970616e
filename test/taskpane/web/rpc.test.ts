import { Endpoint, ProgressThrottle, RpcClient, serveRpc } from "../../../src/taskpane/web/worker/rpc";

type Listener = (event: MessageEvent) => void;
type Report = { stage: string; done: number };
type CountApi = { count(arg: { reports: Report[] }): Promise<number> };

/** Page and worker on one thread: each message arrives in a later task, as a worker's would. */
function channel(): { page: Endpoint; worker: Endpoint } {
  const toPage: Listener[] = [];
  const toWorker: Listener[] = [];
  const send = (listeners: Listener[]) => (data: unknown) =>
    setTimeout(() => listeners.forEach((l) => l({ data } as MessageEvent)), 0);
  return {
    page: { postMessage: send(toWorker), addEventListener: (_t, l) => toPage.push(l) },
    worker: { postMessage: send(toPage), addEventListener: (_t, l) => toWorker.push(l) },
  };
}

function serve(throttle?: ProgressThrottle<Report>): RpcClient<CountApi, Report> {
  const { page, worker } = channel();
  serveRpc<CountApi, Report>(
    worker,
    {
      async count({ reports }, progress) {
        for (const r of reports) progress(r);
        return reports.length;
      },
    },
    throttle,
  );
  return new RpcClient<CountApi, Report>(page);
}

const reports: Report[] = [
  ...Array.from({ length: 50 }, (_, i) => ({ stage: "unzip", done: i })),
  ...Array.from({ length: 50 }, (_, i) => ({ stage: "sheets", done: i })),
];

describe("the worker's progress reports", () => {
  afterEach(() => jest.restoreAllMocks());

  it("all reach the page without a throttle", async () => {
    const seen: Report[] = [];
    expect(await serve().call("count", { reports }, (p) => seen.push(p))).toBe(100);
    expect(seen).toEqual(reports);
  });

  it("are thinned out to one per interval, but a new stage always goes", async () => {
    let now = 1_000;
    jest.spyOn(Date, "now").mockImplementation(() => now);
    const seen: Report[] = [];
    const client = serve({ everyMs: 50, kind: (p) => p.stage });
    // Every report at the same moment: the first of each stage crosses.
    expect(await client.call("count", { reports }, (p) => seen.push(p))).toBe(100);
    expect(seen).toEqual([
      { stage: "unzip", done: 0 },
      { stage: "sheets", done: 0 },
    ]);
    // Time passing between reports: one every 50 ms.
    seen.length = 0;
    const spaced = Array.from({ length: 10 }, (_, i) => ({ stage: "sheets", done: i }));
    jest.spyOn(Date, "now").mockImplementation(() => (now += 20));
    await client.call("count", { reports: spaced }, (p) => seen.push(p));
    expect(seen.map((p) => p.done)).toEqual([0, 3, 6, 9]);
  });
});
