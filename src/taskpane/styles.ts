import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout: one flexible column that wraps long names, so the pane works at 320 px without scrolling sideways. */
export const useStackStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: "anywhere",
    // The gap spaces the blocks; a paragraph's own margins would double it.
    "& > p": { marginTop: 0, marginBottom: 0 },
  },
  tight: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  fullWidth: {
    width: "100%",
    minWidth: 0,
    maxWidth: "100%",
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
});
