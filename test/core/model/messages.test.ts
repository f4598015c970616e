import { Finding, RULE_IDS } from "../../../src/core/model/finding";
import { makeFinding } from "../../../src/core/model/makeFinding";
import {
  amountParam,
  CATALOGS,
  MESSAGE_KEYS,
  MESSAGE_PARAMS,
  ParamKind,
  renderFinding,
  renderMessage,
} from "../../../src/core/model/messages";
import { FindingParams } from "../../../src/core/model/finding";
import { D } from "../../../src/core/numbers/decimal";
import { ENGLISH_WORDS, INDONESIAN_WORDS, wordsOf } from "../validation/leakWords";

const LANGS = ["id", "en"] as const;
const LEAKS = { id: ENGLISH_WORDS, en: INDONESIAN_WORDS };

/** The parameters a template uses: its placeholders and the companions their kinds name. */
function usedParams(template: string, kinds: Record<string, ParamKind>): string[] {
  const used = new Set<string>();
  for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
    used.add(name);
    const kind = kinds[name];
    if (kind && typeof kind === "object") for (const companion of Object.values(kind)) used.add(companion);
  }
  return [...used].sort();
}

/** A value of every kind, neutral in both languages (the leak test reads the sentence around it). */
function sample(kind: ParamKind, unnamed: boolean): FindingParams[string] {
  if (typeof kind === "object") {
    if ("percent" in kind) return 99.84;
    if ("indikatorValue" in kind) return 1234.5;
    return unnamed ? "" : "ABC";
  }
  const values: Record<string, FindingParams[string]> = {
    text: "ABC",
    cell: "N21",
    sheet: "TW2",
    count: 12,
    others: 3,
    rupiah: 1234567.89,
    triwulan: 2,
    level: "kegiatan",
    dataColumn: "targetAkhirRenstra",
    digits: 2,
    flag: true,
  };
  return values[kind];
}

function sampleParams(key: (typeof MESSAGE_KEYS)[number], unnamed = false): FindingParams {
  const kinds = MESSAGE_PARAMS[key] as Record<string, ParamKind>;
  return Object.fromEntries(Object.entries(kinds).map(([name, kind]) => [name, sample(kind, unnamed)]));
}

describe("the message catalogs", () => {
  test("both languages have a sentence for every key, and nothing else", () => {
    for (const lang of LANGS) expect(Object.keys(CATALOGS[lang].messages).sort()).toEqual([...MESSAGE_KEYS].sort());
    expect(MESSAGE_KEYS.length).toBeGreaterThan(30);
  });

  test.each(MESSAGE_KEYS)("%s uses exactly its parameters, in both languages", (key) => {
    const kinds = MESSAGE_PARAMS[key] as Record<string, ParamKind>;
    for (const lang of LANGS) {
      expect([lang, usedParams(CATALOGS[lang].messages[key], kinds)]).toEqual([lang, Object.keys(kinds).sort()]);
    }
  });

  test.each(MESSAGE_KEYS)("%s renders in each language without a word of the other one", (key) => {
    for (const lang of LANGS) {
      for (const unnamed of [false, true]) {
        const text = renderMessage(key, sampleParams(key, unnamed), lang);
        expect(text).not.toMatch(/[{}?]/);
        expect([key, lang, wordsOf(text).filter((w) => LEAKS[lang].includes(w))]).toEqual([key, lang, []]);
      }
    }
  });

  test("labels for every rule, its two amounts and every severity, in both languages without leaks", () => {
    for (const lang of LANGS) {
      const c = CATALOGS[lang];
      expect(Object.keys(c.ruleLabels).sort()).toEqual([...RULE_IDS].sort());
      expect(Object.keys(c.amountLabels).sort()).toEqual([...RULE_IDS].sort());
      const texts = [
        ...Object.values(c.ruleLabels),
        ...Object.values(c.amountLabels).flatMap((l) => [l.expected, l.actual]),
        ...Object.values(c.severity),
        ...Object.values(c.levels),
        ...Object.values(c.dataColumns),
        c.triwulan(3),
        c.unnamedRow(7),
        c.indikatorSubject("", 7),
      ];
      for (const t of texts) expect([t, wordsOf(t).filter((w) => LEAKS[lang].includes(w))]).toEqual([t, []]);
    }
    expect(CATALOGS.id.amountLabels["kas-vs-pagu"]).toEqual({ expected: "Anggaran kas setahun", actual: "Pagu" });
    expect(CATALOGS.id.ruleLabels["kas-vs-pagu"]).toBe("Jumlah anggaran kas ≠ pagu");
    expect(CATALOGS.id.severity).toEqual({ error: "Kesalahan", warning: "Peringatan", info: "Info" });
    expect(CATALOGS.en.severity).toEqual({ error: "Error", warning: "Warning", info: "Info" });
  });
});

describe("rendering", () => {
  const capaian = makeFinding({
    rule: "capaian-anggaran-mismatch",
    sheet: "TW IV",
    cell: "T8",
    expected: new D("99.84"),
    actual: new D("99.8"),
    key: "capaian-anggaran-mismatch",
    params: {
      cell: "T8",
      tertulis: new D("99.8"),
      realisasi: new D("1234567.89"),
      pagu: 1236545,
      hitung: new D("99.84"),
      desimal: 2,
    },
  });

  test("numbers are written the language's way: 1.234.567,89 and 99,84% in Indonesian", () => {
    expect(capaian.message).toBe(
      "Capaian anggaran di T8 (99,80%) tidak sama dengan realisasi ÷ pagu (Rp 1.234.567,89 ÷ Rp 1.236.545 = 99,84%).",
    );
    expect(renderFinding(capaian, "id")).toBe(capaian.message);
  });

  test("and 1,234,567.89 and 99.84% in English", () => {
    expect(renderFinding(capaian, "en")).toBe(
      "Budget achievement at T8 (99.80%) does not match realisation ÷ pagu (Rp 1,234,567.89 ÷ Rp 1,236,545 = 99.84%).",
    );
  });

  test("params hold numbers as numbers, cells and names as text", () => {
    expect(capaian.params).toEqual({
      cell: "T8",
      tertulis: 99.8,
      realisasi: 1234567.89,
      pagu: 1236545,
      hitung: 99.84,
      desimal: 2,
    });
    expect(JSON.parse(JSON.stringify(capaian))).toEqual(capaian);
  });

  test("an amount a JS number cannot hold exactly is kept as its exact text, and renders the same", () => {
    const huge = new D("90071992547409.915");
    expect(amountParam(huge)).toBe("90071992547409.915");
    expect(amountParam(new D("1234567.89"))).toBe(1234567.89);
    expect(
      renderMessage("realisasi-over-pagu", { cell: "S1", realisasi: "90071992547409.915", pagu: 1, selisih: 0 }),
    ).toContain("Rp 90.071.992.547.409,915");
  });

  test("a finding without a known key keeps its own message in every language", () => {
    const legacy: Finding = { ...capaian, messageKey: "", params: {} };
    expect(renderFinding(legacy, "en")).toBe(capaian.message);
    expect(renderMessage("no-such-key", {}, "en")).toBe("");
  });

  test("a row without a name is named by its row number", () => {
    const f = makeFinding({
      rule: "level-uncertain",
      sheet: "TW I",
      cell: "M70",
      key: "level-uncertain.sub-sum-differs",
      params: {
        cell: "M70",
        nama: "",
        baris: 70,
        kegiatan: "Pelindungan PMI",
        barisKegiatan: 69,
        kegiatanCell: "M69",
        lainnya: 2,
      },
    });
    expect(f.message).toBe(
      'Sel M70: Baris 70 (tanpa nama) dan 2 lainnya dianggap sub kegiatan dari kegiatan "Pelindungan PMI" (M69) ' +
        "menurut letaknya saja, karena jumlah pagunya tidak sama dengan pagu kegiatan itu. Isi kolom KODE agar " +
        "tingkatnya pasti.",
    );
    expect(renderFinding(f, "en")).toMatch(
      /^Cell M70: Row 70 \(no name\) and 2 more: taken as sub-activities of activity/,
    );
    expect(f.row).toBe(70);
  });
});

describe("the Indonesian catalog as an officer reads it (msg40 review)", () => {
  test("no shorthand, no ungrammatical phrase: R/T, `Sampai itu`, `Kolom sel`", () => {
    for (const key of MESSAGE_KEYS) {
      const text = renderMessage(key, sampleParams(key), "id");
      expect([key, /\bR\/T\b|\bsampai itu\b|\bkolom sel\b/i.test(text)]).toEqual([key, false]);
    }
  });

  test("advice the officer can follow: hidden rows dropped in the APBD-P are left hidden, not deleted; a merged heading is unmerged before its figures are typed", () => {
    const hidden = renderMessage(
      "level-uncertain.subtotal-hidden",
      sampleParams("level-uncertain.subtotal-hidden"),
      "id",
    );
    expect(hidden).not.toMatch(/hapus/i);
    expect(hidden).toContain("Biarkan tersembunyi bila memang dibatalkan");
    const heading = renderMessage("heading-row-sum", sampleParams("heading-row-sum"), "id");
    expect(heading).toContain("pisahkan gabungan sel N21:N21");
  });

  test("stacked-tables.sheets says the other sheets' programs are left out, not the source's", () => {
    const text = renderMessage("stacked-tables.sheets", sampleParams("stacked-tables.sheets"), "id");
    expect(text).toContain("program lembar-lembar lain itu tidak masuk");
  });
});
