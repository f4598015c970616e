import { Badge, Link, makeStyles, tokens } from "@fluentui/react-components";
// A virtualiser: Fluent UI v9 ships one only as @fluentui/react-virtualizer 9.0.0-alpha (exported from
// react-components/unstable, built on IntersectionObserver, which jsdom lacks), so a stable release of TanStack
// Virtual renders the list: only the lines near the viewport are in the DOM, whatever the number of findings.
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  Range,
  useVirtualizer,
  Virtualizer,
} from "@tanstack/react-virtual";
import { Dispatch, memo, SetStateAction, startTransition, useCallback, useMemo, useRef, useState } from "react";
import { Finding, Severity } from "../../core/model/finding";
import { renderFinding } from "../../core/model/messages";
import { labelledAmounts } from "../findings/findingAmounts";
import { findingKey, ListEntry, RowGroup } from "../findings/findingGroups";
import { RowFigures } from "../findings/rowFigures";
import { useI18n } from "../i18n";
import { useStackStyles } from "../styles";
import { LoadedRowFigures } from "./RowFiguresView";

export const SEVERITY_BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Lines drawn beyond the viewport on each side: enough for smooth scrolling, few enough to stay cheap. */
const OVERSCAN = 12;
/**
 * Before the first scroll: the list mounts with its step, and every line it mounts is measured in that commit (one
 * task); the lines below the viewport come with the first scroll.
 */
const OVERSCAN_UNSCROLLED = 2;
/** Used until the list has a layout (and where there is none, as in jsdom): a pane's height, an item's estimate. */
const HEIGHT_WITHOUT_LAYOUT = 640;
const HEAD_HEIGHT = 44;
const LINE_HEIGHT = 72;
const estimate = (entry: ListEntry | undefined) =>
  entry?.kind === "row" ? HEAD_HEIGHT + LINE_HEIGHT * entry.group.findings.length : HEAD_HEIGHT;

/**
 * The scroller's size; before layout (size 0) a pane's height, so the first lines render rather than none. The
 * lines a new size brings are rendered as a transition: the size first arrives while the list mounts, where an
 * update would render every first line in the same task as the whole step around it.
 */
function observeRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    startTransition(() => cb(rect.height > 0 ? rect : { ...rect, height: HEIGHT_WITHOUT_LAYOUT })),
  );
}

const useStyles = makeStyles({
  scroller: {
    maxHeight: "70vh",
    minHeight: "12rem",
    overflowY: "auto",
    overflowX: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  inner: { position: "relative", width: "100%", margin: 0, padding: 0 },
  entry: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    boxSizing: "border-box",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  sheetHead: {
    margin: 0,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHead: { paddingTop: tokens.spacingVerticalS, display: "flex", flexDirection: "column" },
  lines: { listStyleType: "none", margin: 0, padding: 0 },
  rowName: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  lineHead: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  amounts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, margin: 0 },
  amount: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  amountLabel: { color: tokens.colorNeutralForeground3 },
  amountValue: { margin: 0, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  message: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FindingListProps {
  entries: ListEntry[];
  /** Excel: a finding's cell selects the cell in the workbook. */
  onSelect?: (finding: Finding) => void;
  /** The web page: a finding's cell opens the row's figures as read, beside the finding. */
  figures?: (finding: Finding) => Promise<RowFigures[]>;
}

/**
 * The findings grouped by sheet and row, as a virtual list: a hundred thousand findings keep a small DOM. Give it a
 * `key` that changes with its entries: measured sizes are kept by index.
 */
export function FindingList(props: FindingListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [scrolled, setScrolled] = useState(false);
  // The line holding focus stays rendered when it scrolls out of view, so keyboard focus is never dropped.
  const focused = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = focused.current;
    if (keep !== null && keep < range.count && !indexes.includes(keep)) {
      indexes.push(keep);
      indexes.sort((a, b) => a - b);
    }
    return indexes;
  }, []);
  // The virtualiser lays out every item again from the first one measured: the estimates are read from an array
  // and items are keyed by index (the list is mounted afresh when its entries change), so that stays cheap.
  const estimates = useMemo(() => Float64Array.from(props.entries, estimate), [props.entries]);
  const virtualizer = useVirtualizer({
    count: props.entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimates[i] ?? HEAD_HEIGHT,
    observeElementRect: observeRect,
    // An item measured at 0 has no layout yet: its estimate stands, or every item would seem to fit.
    measureElement: (element, entry, instance) => {
      const measured = measureElement(element, entry, instance);
      return measured > 0 ? measured : (estimates[Number(element.getAttribute("data-index"))] ?? HEAD_HEIGHT);
    },
    overscan: scrolled ? OVERSCAN : OVERSCAN_UNSCROLLED,
    rangeExtractor,
  });

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="region"
      aria-label={t.listLabel}
      tabIndex={0}
      onScroll={scrolled ? undefined : () => setScrolled(true)}
    >
      <div role="list" className={styles.inner} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = props.entries[item.index];
          return (
            <div
              key={entry.key}
              role="listitem"
              aria-setsize={props.entries.length}
              aria-posinset={item.index + 1}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={styles.entry}
              style={{ transform: `translateY(${item.start}px)` }}
              onFocus={() => (focused.current = item.index)}
            >
              {entry.kind === "sheet" && (
                <h3 className={styles.sheetHead} data-entry="sheet">
                  {t.sheetGroup(entry.sheet, entry.count)}
                </h3>
              )}
              {entry.kind === "row" && (
                <RowItem
                  group={entry.group}
                  open={open !== null && open.startsWith(`f:${entry.group.key}:`) ? open : null}
                  setOpen={setOpen}
                  onSelect={props.onSelect}
                  figures={props.figures}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface RowItemProps {
  group: RowGroup;
  /** The key of this row's finding whose figures are open, if any. */
  open: string | null;
  setOpen: Dispatch<SetStateAction<string | null>>;
  onSelect?: (finding: Finding) => void;
  figures?: (finding: Finding) => Promise<RowFigures[]>;
}

/** A row's head and its findings; memoised, so scrolling renders only the rows that come into view. */
const RowItem = memo(function RowItem(props: RowItemProps) {
  const styles = useStyles();
  const { group, setOpen } = props;
  return (
    <>
      <RowHead group={group} />
      <ul className={styles.lines}>
        {group.findings.map((finding, i) => {
          const key = findingKey(group, i);
          return (
            <li key={key} data-entry="finding">
              <FindingLine
                finding={finding}
                id={key}
                open={props.open === key}
                onToggle={() => setOpen((current) => (current === key ? null : key))}
                onSelect={props.onSelect}
                figures={props.figures}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
});

function RowHead(props: { group: RowGroup }) {
  const { t, catalog } = useI18n();
  const styles = useStyles();
  const stack = useStackStyles();
  const g = props.group;
  const title = g.name !== null && g.name !== "" ? g.name : g.row !== null ? catalog.unnamedRow(g.row) : t.wholeSheet;
  const level = g.level ? catalog.levels[g.level] : null;
  return (
    <div className={styles.rowHead} data-entry="row">
      <h4 className={styles.rowName}>{title}</h4>
      <span className={stack.muted}>{t.rowMeta(level, g.row, g.findings.length)}</span>
    </div>
  );
}

interface FindingLineProps {
  finding: Finding;
  id: string;
  open: boolean;
  onToggle(): void;
  onSelect?: (finding: Finding) => void;
  figures?: (finding: Finding) => Promise<RowFigures[]>;
}

function FindingLine(props: FindingLineProps) {
  const { t, catalog } = useI18n();
  const styles = useStyles();
  const f = props.finding;
  const amounts = labelledAmounts(f, catalog);
  const message = renderFinding(f, catalog.lang);
  const detailId = `detail-${props.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const onSelect = props.onSelect;
  const canShowFigures = props.figures !== undefined && f.row !== null;
  let cell = <span>{t.cellLabel(f.cell)}</span>;
  if (onSelect) {
    cell = (
      <Link as="button" aria-label={t.goToCell(f.sheet, f.cell)} title={message} onClick={() => onSelect(f)}>
        {t.cellLabel(f.cell)}
      </Link>
    );
  } else if (canShowFigures) {
    cell = (
      <Link
        as="button"
        aria-label={t.showFigures(f.cell)}
        aria-expanded={props.open}
        aria-controls={props.open ? detailId : undefined}
        onClick={props.onToggle}
      >
        {t.cellLabel(f.cell)}
      </Link>
    );
  }
  return (
    <div className={styles.line} data-rule={f.rule} data-severity={f.severity}>
      <div className={styles.lineHead}>
        <Badge appearance="tint" color={SEVERITY_BADGE[f.severity]}>
          {catalog.severity[f.severity]}
        </Badge>
        {/* The label in the officer's words; the rule id the CLI's --json uses stays in data-rule, out of sight. */}
        <span>{catalog.ruleLabels[f.rule] ?? f.rule}</span>
        {cell}
      </div>
      {amounts.length > 0 && (
        <dl className={styles.amounts}>
          {amounts.map((a) => (
            <div key={a.label} className={styles.amount}>
              <dt className={styles.amountLabel}>{`${a.label}:`}</dt>
              <dd className={styles.amountValue}>{a.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {/* Always in words: the amounts alone leave out what is empty and why the two differ. */}
      <span className={styles.message}>{message}</span>
      {props.open && props.figures && f.row !== null && (
        <LoadedRowFigures id={detailId} row={f.row} load={() => props.figures!(f)} />
      )}
    </div>
  );
}
