import { makeStyles, MessageBarTitle } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Read by screen readers, not shown: the title ends its sentence before the message's own text begins.
  stop: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/**
 * A message bar's title: a screen reader hears it as a sentence of its own (MessageBarTitle alone runs straight into
 * the body: "…dibukaBerkas …").
 */
export function BarTitle(props: { children: string }) {
  const styles = useStyles();
  return (
    <>
      <MessageBarTitle>{props.children}</MessageBarTitle>
      <span className={styles.stop}>. </span>
    </>
  );
}
