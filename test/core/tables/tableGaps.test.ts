import { gapFindings, TableGap } from "../../../src/core/tables/tableGaps";
import { renderFinding } from "../../../src/core/model/messages/render";

describe("table-cell-empty findings", () => {
  const gaps: TableGap[] = Array.from({ length: 8 }, (_, i) => ({
    tabel: "3.2",
    kolom: "Target 2022",
    subject: `Indikator ${i + 1}`,
    reason: "data-pendukung",
    kolomDp: "Target Tahun Lalu",
    fix: { sheet: "Data Pendukung", cell: "F13" },
    key: "dp:targetTahunLalu",
  }));

  it("name five of the rows and count the rest, so that one finding stays a few lines in print", () => {
    const [f] = gapFindings(gaps);
    expect(f.message).toContain(
      '"Indikator 1", "Indikator 2", "Indikator 3", "Indikator 4", "Indikator 5" dan 3 lainnya',
    );
    expect(f.message).not.toContain("Indikator 6");
    expect(renderFinding(f, "en")).toContain('"Indikator 5" and 3 more');
    expect(f.params).toMatchObject({ lainnya: 3 });
  });

  it("say nothing more when five or fewer are concerned", () => {
    const [f] = gapFindings(gaps.slice(0, 5));
    expect(f.message).toContain('"Indikator 5", karena');
    expect(f.params).toMatchObject({ lainnya: 0 });
  });
});
