import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { formatAngka, formatRupiah } from "../../core/numbers/format";
import { ReadFigure, RowFigures } from "../findings/rowFigures";
import { Messages, useI18n } from "../i18n";
import { Catalog } from "../../core/model/messages";

const useStyles = makeStyles({
  panel: {
    marginTop: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums" },
});

/**
 * The figures of a finding's row, asked for when the panel opens (on the web page they come from the worker that
 * holds the grids); a spinner until they come.
 */
export function LoadedRowFigures(props: { id: string; row: number; load(): Promise<RowFigures[]> }) {
  const [figures, setFigures] = useState<RowFigures[] | null>(null);
  // Asked once per opening of the panel (the loader is a new function on every render).
  const load = useRef(props.load);
  useEffect(() => {
    let current = true;
    load.current().then(
      (f) => current && setFigures(f),
      // A worker stopped mid-request (Cancel) or a sheet gone: nothing to show for this row.
      () => current && setFigures([]),
    );
    return () => {
      current = false;
    };
  }, []);
  return <RowFiguresView id={props.id} row={props.row} figures={figures} />;
}

/** The figures the engine read in a finding's row (web page): why the finding was raised, without Excel. */
export function RowFiguresView(props: { id: string; row: number; figures: RowFigures[] | null }) {
  const { t, catalog } = useI18n();
  const styles = useStyles();
  return (
    <section id={props.id} className={styles.panel} aria-label={t.figuresHeading(props.row)}>
      <h5 className={styles.heading}>{t.figuresHeading(props.row)}</h5>
      {props.figures === null && <Spinner size="extra-tiny" label={t.figuresLoading} />}
      {props.figures?.length === 0 && <p>{t.figuresNone}</p>}
      {props.figures?.map((f, i) => (
        <dl key={i} className={styles.list}>
          {figureLines(f, t, catalog).map(([term, value]) => (
            <div key={term} style={{ display: "contents" }}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
      ))}
    </section>
  );
}

function figureLines(f: RowFigures, t: Messages, catalog: Catalog): [string, string][] {
  const lang = catalog.lang;
  const write = (v: ReadFigure, as: (n: number) => string) =>
    v.kind === "number" ? as(v.value) : v.kind === "empty" ? t.figureEmpty : t.figureUnreadable(v.text);
  const rupiah = (n: number) => formatRupiah(n, lang);
  const percent = (n: number) => `${formatAngka(n, undefined, lang)}%`;
  if (f.kind === "budget") {
    return [
      [t.figureLabels.name, f.name || t.figureEmpty],
      [t.figureLabels.level, catalog.levels[f.level]],
      [t.figureLabels.pagu, write(f.pagu, rupiah)],
      ...f.kas.map((k, i): [string, string] => [`${t.figureLabels.kas} ${catalog.triwulan(i + 1)}`, write(k, rupiah)]),
      [t.figureLabels.realisasi, write(f.realisasi, rupiah)],
      [t.figureLabels.capaian, write(f.capaian, percent)],
    ];
  }
  if (f.kind === "budget-er") {
    return [
      [t.figureLabels.name, f.name || t.figureEmpty],
      [t.figureLabels.level, catalog.levels[f.level]],
      [t.figureLabels.targetRenja, write(f.targetRenja, rupiah)],
      ...f.triwulan.map((k, i): [string, string] => [
        `${t.figureLabels.realisasi} ${catalog.triwulan(i + 1)}`,
        write(k, rupiah),
      ]),
      [t.figureLabels.realisasiTahun, write(f.realisasi, rupiah)],
      [t.figureLabels.realisasiSdTahun, write(f.realisasiSdTahun, rupiah)],
    ];
  }
  const value = (n: number) => (f.persen ? percent(n) : formatAngka(n, undefined, lang));
  return [
    [t.figureLabels.name, f.name || t.figureEmpty],
    [t.figureLabels.level, catalog.levels.indikator],
    ...f.target.map((v, i): [string, string] => [
      `${t.figureLabels.target} ${catalog.triwulan(i + 1)}`,
      write(v, value),
    ]),
    [t.figureLabels.realisasi, write(f.realisasi, value)],
    [t.figureLabels.capaian, write(f.capaian, percent)],
  ];
}
