import fc from "fast-check";
test("freq", () => {
  // reuse the arbitrary by importing the module would run its tests; quick inline sample instead
  const { recognise } = require("../../../../src/core/layout/recognise");
  const words = ["SASARAN STRATEGIS","INDIKATOR SASARAN","PROGRAM / KEGIATAN / SUB KEGIATAN","PAGU","TARGET","PROGRAM SATU","412.786.800,00","0,39%"];
  const g = fc.array(fc.array(fc.option(fc.record({ value: fc.oneof(fc.constantFrom(...words), fc.integer()) }), { nil: undefined }), { maxLength: 8 }), { maxLength: 10 });
  let models = 0, n = 0;
  fc.assert(fc.property(g, (cells) => { n++; const r = recognise({ name: "x", rowCount: cells.length, colCount: 8, cells, merges: [] }); if (r.model) models++; return true; }), { numRuns: 500 });
  console.log("models", models, "of", n);
});
